package org.vapath.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A current medication as named in the record, with the date of its last dose, and, for drugs
 * whose hold depends on them, the dose intensity and the route; each {@code null} when unknown.
 * {@code record} names the record it came from (e.g. {@code MedicationRequest/mr-1}) when an adapter
 * knows it. A medication whose drug could not be identified has no {@code name}, and then its record
 * is named: it is still a current medication, never left out.
 */
public record Medication(String name, LocalDate lastDose, DoseIntensity intensity, String record,
    MedicationRoute route) {
  public Medication {
    if (name == null && record == null) {
      throw new NullPointerException("name == null and record == null: a medication names its drug or its record");
    }
  }

  /** A medication whose route is not recorded. */
  public Medication(String name, LocalDate lastDose, DoseIntensity intensity, String record) {
    this(name, lastDose, intensity, record, null);
  }

  public Medication(String name, LocalDate lastDose, DoseIntensity intensity) {
    this(Objects.requireNonNull(name, "name == null"), lastDose, intensity, null, null);
  }

  public static Medication named(String name) {
    return new Medication(name, null, null);
  }

  /** A medication record that names no drug VAPath can read (an unresolved reference, no code, no text). */
  public static Medication unresolved(String record) {
    return new Medication(null, null, null, Objects.requireNonNull(record, "record == null"));
  }

  /** Whether the drug is known by name. */
  public boolean identified() {
    return name != null;
  }
}
