/**
 * The places a sentence names: vertebral levels, ranges, pairs, disc levels and places that are
 * not a vertebra.
 */
package org.vapath.report.levels;
