package org.vapath.report.facts;

import org.vapath.report.FactKey;

/**
 * A fact read in a sentence before it is given a level: its key and value, the tokens that state
 * it ({@code from} inclusive, {@code to} exclusive), the words, how it was read, whether it is a
 * weak hedge (the hedge is about an etiology word beside it: "suggestive of a pathologic
 * fracture"), and whether its word is plural ("fractures").
 */
public record Candidate(FactKey key, String value, int from, int to, String term, String how, boolean weak,
    boolean plural) {
  static final String TRUE = "true";
  static final String FALSE = "false";
  static final String UNCERTAIN = "uncertain";

  public boolean isNegation() {
    return FALSE.equals(value);
  }
}
