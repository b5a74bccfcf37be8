package org.vapath.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A laboratory result in the test's canonical unit (platelets and WBC in 10*9/L, INR as a ratio).
 * The date is {@code null} when the source gives none; such a result can never count as current.
 */
public record LabResult(LabTest test, double value, LocalDate date) {
  public LabResult {
    Objects.requireNonNull(test, "test == null");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("not a valid lab value: " + value);
    }
  }
}
