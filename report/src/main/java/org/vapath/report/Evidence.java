package org.vapath.report;

/**
 * Where a fact was read: the sentence as written, its character span in the report ({@code end}
 * exclusive), the words that stated the fact, and how it was read (stated, negated by a trigger,
 * hedged, a whole-study negation, from the history).
 */
public record Evidence(String sentence, int start, int end, String term, String how) {
}
