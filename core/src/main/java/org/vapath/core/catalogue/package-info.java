/**
 * The catalogue of what the engine can say: every finding code once, with its kind, plain label and
 * sources ({@link org.vapath.core.catalogue.FindingCode}), and every criterion with its inputs,
 * thresholds and codes ({@link org.vapath.core.catalogue.CriterionInfo}). Adapters take their
 * words and citations from here, never from literals of their own.
 */
package org.vapath.core.catalogue;
