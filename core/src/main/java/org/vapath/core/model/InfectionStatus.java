package org.vapath.core.model;

/** Infection state: {@code LOCAL} and {@code SYSTEMIC} are current infection, {@code SUSPECTED} is a concern. */
public enum InfectionStatus {
  NONE, SUSPECTED, LOCAL, SYSTEMIC;

  public boolean isCurrent() {
    return this == LOCAL || this == SYSTEMIC;
  }

  /** The more serious of two statuses (declared from least to most serious); {@code null} is unknown. */
  public static InfectionStatus worse(InfectionStatus a, InfectionStatus b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }
}
