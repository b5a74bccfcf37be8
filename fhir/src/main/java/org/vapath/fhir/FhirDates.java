package org.vapath.fhir;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/** FHIR dates and date-times as calendar dates, in the time zone each one was written in. */
final class FhirDates {
  private FhirDates() {
  }

  static LocalDate of(BaseDateTimeType value) {
    if (value == null || !value.hasValue()) {
      return null;
    }
    ZoneOffset offset = value.getTimeZone() == null ? ZoneOffset.UTC
        : ZoneOffset.ofTotalSeconds(value.getTimeZone().getRawOffset() / 1000);
    return value.getValue().toInstant().atOffset(offset).toLocalDate();
  }

  /** The date of an {@code effective[x]} or {@code onset[x]}: the date-time, or the start of the period. */
  static LocalDate of(Type value) {
    if (value instanceof BaseDateTimeType dateTime) {
      return of(dateTime);
    }
    if (value instanceof Period period) {
      return period.hasStart() ? of(period.getStartElement()) : of(period.getEndElement());
    }
    return null;
  }
}
