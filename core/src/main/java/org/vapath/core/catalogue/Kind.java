package org.vapath.core.catalogue;

/** The list of an assessment a finding belongs to; {@link #list()} is its field name in the contract. */
public enum Kind {
  INDICATION("indications"),
  CONTRAINDICATION("contraindications"),
  MISSING("missing"),
  TO_VERIFY("toVerify"),
  WORKUP("workup"),
  PREPARATION("preparation"),
  CAUTION("cautions"),
  FOLLOW_UP("followUp"),
  /** The criteria of the payer's coverage check ({@code coverage.criteria}). */
  COVERAGE("coverage.criteria"),
  /** The reasons of a level's decision that are not findings of a list ({@code levels[].reasons}). */
  LEVEL_REASON("levels[].reasons");

  private final String list;

  Kind(String list) {
    this.list = list;
  }

  /** The assessment's field that holds findings of this kind (case-format.md). */
  public String list() {
    return list;
  }
}
