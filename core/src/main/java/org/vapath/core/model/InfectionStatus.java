package org.vapath.core.model;

/** Infection state: {@code LOCAL} and {@code SYSTEMIC} are current infection, {@code SUSPECTED} is a concern. */
public enum InfectionStatus {
  NONE, SUSPECTED, LOCAL, SYSTEMIC;

  public boolean isCurrent() {
    return this == LOCAL || this == SYSTEMIC;
  }
}
