package org.vapath.core.model;

import java.time.LocalDate;

/** The response of the pain to medical therapy and since when it is given; either may be unknown. */
public record MedicalTherapy(TherapyResponse status, LocalDate since) {
  public static final MedicalTherapy UNKNOWN = new MedicalTherapy(null, null);
}
