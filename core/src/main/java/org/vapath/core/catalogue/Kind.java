package org.vapath.core.catalogue;

/** The list of an assessment a finding belongs to; {@link #list()} is its field name in the contract. */
public enum Kind {
  INDICATION("indications"),
  CONTRAINDICATION("contraindications"),
  MISSING("missing"),
  TO_VERIFY("toVerify"),
  WORKUP("workup"),
  PREPARATION("preparation"),
  FOLLOW_UP("followUp"),
  COVERAGE("coverage"),
  CAUTION("cautions");

  private final String list;

  Kind(String list) {
    this.list = list;
  }

  /** The assessment's field that holds findings of this kind (case-format.md). */
  public String list() {
    return list;
  }
}
