package org.vapath.core.knowledge;

import java.util.Objects;

/**
 * The Cockcroft-Gault estimate of creatinine clearance [CG-1976]: ({@code ageFrom} - age) x weight in kg
 * / ({@code divisor} x serum creatinine in mg/dL), times {@code femaleFactor} for a woman; actual body
 * weight, and the result not rounded.
 */
public record ClearanceFormula(String name, double ageFrom, double divisor, double femaleFactor, String source,
    String text) {

  public ClearanceFormula {
    Objects.requireNonNull(source, "source == null");
    if (divisor <= 0 || femaleFactor <= 0 || femaleFactor > 1) {
      throw new IllegalArgumentException("clearance formula: divisor " + divisor + ", female factor " + femaleFactor);
    }
  }

  /** The clearance in mL/min; {@code female}: whether the female factor applies. */
  public double clearance(int ageYears, double weightKg, double creatinineMgDl, boolean female) {
    double clearance = (ageFrom - ageYears) * weightKg / (divisor * creatinineMgDl);
    return female ? clearance * femaleFactor : clearance;
  }
}
