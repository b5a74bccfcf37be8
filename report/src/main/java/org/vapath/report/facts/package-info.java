/**
 * From phrases to facts: values read in a sentence, the levels they belong to (lists, brackets,
 * the line's focus, whole-study negations), and one value per level and key.
 */
package org.vapath.report.facts;
