package org.vapath.core.knowledge;

import static org.vapath.core.Numbers.plain;

import java.util.Objects;

/**
 * One row of a drug's hold table: for a clearance band and, where the table depends on them, a dose
 * intensity and a route ({@code null}: any), hold the drug {@code min} to {@code max} days or hours.
 * {@code source} is the row's own source when it differs from the drug's ({@code null}: the drug's),
 * and {@code conflict} names a source that gives another figure, and which one the row follows.
 */
public record HoldRule(ClearanceBand clearance, String intensity, String route, double min, double max,
    HoldUnit unit, String source, String conflict) {

  /** The unit of a hold. */
  public enum HoldUnit { DAYS, HOURS }

  public HoldRule {
    clearance = Objects.requireNonNullElse(clearance, ClearanceBand.ANY);
    Objects.requireNonNull(unit, "unit == null");
    if (min <= 0 || min > max) {
      throw new IllegalArgumentException("hold range out of order: " + min + ".." + max);
    }
  }

  /** A row that depends on nothing but the clearance and intensity, from the drug's source. */
  public HoldRule(ClearanceBand clearance, String intensity, double min, double max, HoldUnit unit) {
    this(clearance, intensity, null, min, max, unit, null, null);
  }

  /** The hold as written in the table, e.g. "1 day", "2 days" or "4-6 hours". */
  public String describe() {
    String range = min == max ? plain(min) : plain(min) + "-" + plain(max);
    boolean one = min == max && min == 1;
    return range + (unit == HoldUnit.DAYS ? (one ? " day" : " days") : (one ? " hour" : " hours"));
  }

  /** The hold in hours at its upper bound, to compare holds of either unit. */
  public double maxHours() {
    return unit == HoldUnit.DAYS ? max * 24 : max;
  }

  /** The row's source, or the drug's ({@code drugSource}) when the row has none of its own. */
  public String sourceOr(String drugSource) {
    return source == null ? drugSource : source;
  }
}
