package org.vapath.core.model;

/**
 * Who the patient is; every part may be unknown ({@code null}): age, sex, a known pregnancy,
 * whether the patient is an inpatient now (the payers' pain threshold differs), and the body weight
 * in kg (for the creatinine clearance by Cockcroft-Gault).
 */
public record Patient(Integer ageYears, Sex sex, Boolean pregnant, Boolean hospitalized, Double weightKg) {
  public static final Patient UNKNOWN = new Patient(null, null);

  /** Age and sex only: the rest unknown. */
  public Patient(Integer ageYears, Sex sex) {
    this(ageYears, sex, null, null, null);
  }
}
