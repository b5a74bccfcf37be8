/**
 * The parts of the knowledge pack: thresholds, lab specifications, etiology figures, code lists and
 * hold times, each with its source; and the loading and overriding of the pack from data files.
 */
package org.vapath.core.knowledge;
