package org.vapath.core.knowledge;

import java.util.Map;

/**
 * How a laboratory test is read: its canonical unit, the accepted units with their factor to the
 * canonical one, and the plausible range that catches a value in the wrong unit.
 */
public record LabSpec(String name, String canonicalUnit, Map<String, Double> unitFactors, double plausibleMin,
    double plausibleMax) {

  public LabSpec {
    unitFactors = Map.copyOf(unitFactors);
  }

  /** The factor to the canonical unit, or {@code null} when the unit is not accepted. */
  public Double factorFor(String unit) {
    return unit == null ? Double.valueOf(1.0) : unitFactors.get(unit);
  }
}
