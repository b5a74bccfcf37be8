package org.vapath.core.knowledge;

import static org.vapath.core.Numbers.plain;

/**
 * A band of creatinine clearance in mL/min. Each bound is optional: {@code above} and {@code below}
 * exclude their value, {@code from} and {@code to} include it, as the hold tables write them.
 */
public record ClearanceBand(Double above, Double from, Double to, Double below) {
  public static final ClearanceBand ANY = new ClearanceBand(null, null, null, null);

  public boolean isAny() {
    return above == null && from == null && to == null && below == null;
  }

  public boolean contains(double clearance) {
    return (above == null || clearance > above)
        && (from == null || clearance >= from)
        && (to == null || clearance <= to)
        && (below == null || clearance < below);
  }

  /** The lowest clearance the band admits, for telling "below the table" apart from "above it". */
  public double lowerBound() {
    if (above != null) {
      return above;
    }
    return from == null ? 0 : from;
  }

  /** The band as a clinician writes it, e.g. "CrCl > 25 mL/min" or "CrCl 30-50 mL/min". */
  public String describe() {
    if (isAny()) {
      return "any CrCl";
    }
    if (from != null && to != null) {
      return "CrCl " + plain(from) + "-" + plain(to) + " mL/min";
    }
    StringBuilder text = new StringBuilder("CrCl");
    if (above != null) {
      text.append(" > ").append(plain(above));
    }
    if (from != null) {
      text.append(" >= ").append(plain(from));
    }
    if (to != null) {
      text.append(" <= ").append(plain(to));
    }
    if (below != null) {
      text.append(" < ").append(plain(below));
    }
    return text.append(" mL/min").toString();
  }

}
