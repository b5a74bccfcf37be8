package org.vapath.core.knowledge;

import static org.vapath.core.Numbers.plain;

import java.util.Objects;

/**
 * One row of a drug's hold table: for a clearance band and, where the table depends on it, a dose
 * intensity ({@code null}: any), hold the drug {@code min} to {@code max} days or hours.
 */
public record HoldRule(ClearanceBand clearance, String intensity, double min, double max, HoldUnit unit) {

  /** The unit of a hold. */
  public enum HoldUnit { DAYS, HOURS }

  public HoldRule {
    clearance = Objects.requireNonNullElse(clearance, ClearanceBand.ANY);
    Objects.requireNonNull(unit, "unit == null");
    if (min <= 0 || min > max) {
      throw new IllegalArgumentException("hold range out of order: " + min + ".." + max);
    }
  }

  /** The hold as written in the table, e.g. "2 days" or "4-6 hours". */
  public String describe() {
    String range = min == max ? plain(min) : plain(min) + "-" + plain(max);
    return range + (unit == HoldUnit.DAYS ? " days" : " hours");
  }

  /** The hold in hours at its upper bound, to compare holds of either unit. */
  public double maxHours() {
    return unit == HoldUnit.DAYS ? max * 24 : max;
  }

}
