package org.vapath.core.model;

/** Renal function; the creatinine clearance in mL/min is {@code null} when unknown. */
public record Renal(Double creatinineClearanceMlMin) {
  public static final Renal UNKNOWN = new Renal(null);
}
