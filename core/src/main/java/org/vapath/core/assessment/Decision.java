package org.vapath.core.assessment;

/** The decision for a patient or a level, in order of precedence (see case-format.md). */
public enum Decision {
  CONTRAINDICATED(0), NOT_INDICATED(1), INCOMPLETE(2), INDICATED(3);

  private final int eligibility;

  Decision(int eligibility) {
    this.eligibility = eligibility;
  }

  /** How close the decision is to a procedure: higher is more eligible. */
  public int eligibility() {
    return eligibility;
  }
}
