package org.vapath.core.knowledge;

import java.util.Map;

/**
 * How a laboratory test is read: its canonical unit, the accepted units with their factor to the
 * canonical one, and the plausible range that catches a value in the wrong unit. A test whose units
 * differ by a large factor (creatinine in mg/dL or umol/L) requires its unit ({@code unitRequired});
 * {@code conversion} says how its units convert, with the source of the factor ({@code null} when
 * the units differ only in name).
 */
public record LabSpec(String name, String canonicalUnit, Map<String, Double> unitFactors, double plausibleMin,
    double plausibleMax, boolean unitRequired, String conversion, String conversionSource) {

  public LabSpec {
    unitFactors = Map.copyOf(unitFactors);
  }

  /** A test whose units differ only in name, and whose value without a unit is in the canonical unit. */
  public LabSpec(String name, String canonicalUnit, Map<String, Double> unitFactors, double plausibleMin,
      double plausibleMax) {
    this(name, canonicalUnit, unitFactors, plausibleMin, plausibleMax, false, null, null);
  }

  /** The factor to the canonical unit, or {@code null} when the unit is not accepted (or required and absent). */
  public Double factorFor(String unit) {
    if (unit == null) {
      return unitRequired ? null : Double.valueOf(1.0);
    }
    return unitFactors.get(unit);
  }
}
