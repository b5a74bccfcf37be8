package org.vapath.core.json;

import java.time.LocalDate;
import org.vapath.core.InputError;

/**
 * The one rule for every date a clinician enters (a case's dates, a procedure's, a complication's, a
 * follow-up's): none after today, none before 1900, and an event that follows another (a follow-up
 * after its procedure) not before it. A date outside them is a typing error or a clock error, and
 * would flow into the assessment and the outcome audit as if it were true.
 */
public final class PlausibleDates {
  /** The earliest date accepted: no patient alive or recorded was treated before it. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private PlausibleDates() {
  }

  /** Refuses, naming {@code field}, a date after {@code today} or before {@link #EARLIEST}. */
  public static LocalDate check(String field, LocalDate date, LocalDate today) {
    if (date == null) {
      return null;
    }
    if (date.isAfter(today)) {
      throw new InputError(field, quoted(date), "is after today (" + today + "); a date entered must have passed");
    }
    if (date.isBefore(EARLIEST)) {
      throw new InputError(field, quoted(date), "is before " + EARLIEST.getYear() + "; check the year");
    }
    return date;
  }

  /** Refuses, naming {@code field}, a date before that of the event it follows ({@code what}, e.g. "the procedure"). */
  public static LocalDate notBefore(String field, LocalDate date, String what, LocalDate earlier) {
    if (date != null && earlier != null && date.isBefore(earlier)) {
      throw new InputError(field, quoted(date), "is before " + what + " (" + earlier + ")");
    }
    return date;
  }

  private static String quoted(LocalDate date) {
    return '"' + date.toString() + '"';
  }
}
