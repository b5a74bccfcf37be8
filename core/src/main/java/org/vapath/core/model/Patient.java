package org.vapath.core.model;

/** Who the patient is; either part may be unknown ({@code null}). */
public record Patient(Integer ageYears, Sex sex) {
  public static final Patient UNKNOWN = new Patient(null, null);
}
