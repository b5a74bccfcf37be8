package org.vapath.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A current medication as named in the record, with the date of its last dose and, for drugs
 * whose hold depends on it, the dose intensity; both {@code null} when unknown.
 */
public record Medication(String name, LocalDate lastDose, DoseIntensity intensity) {
  public Medication {
    Objects.requireNonNull(name, "name == null");
  }

  public static Medication named(String name) {
    return new Medication(name, null, null);
  }
}
