package org.vapath.core.assessment;

import java.util.Objects;

/**
 * The creatinine clearance the hold table was read with: as recorded, or computed by Cockcroft-Gault
 * ({@code computed}) from a current creatinine, age, sex and weight, which {@code basis} names. In
 * mL/min, not rounded (the bands are compared with the value itself).
 */
public record Clearance(double mlMin, boolean computed, String basis, String source) {
  public Clearance {
    Objects.requireNonNull(basis, "basis == null");
    Objects.requireNonNull(source, "source == null");
  }
}
