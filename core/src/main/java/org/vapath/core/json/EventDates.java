package org.vapath.core.json;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.vapath.core.Case;
import org.vapath.core.InputError;

/**
 * Refuses an assessment date after today or before 1900 ({@link PlausibleDates}) and events dated
 * after the assessment date or before 1900: checked once the whole case is read, since a document may
 * give {@code assessedOn} after the events.
 */
final class EventDates {
  private EventDates() {
  }

  static void check(Case kase, LocalDate today) {
    LocalDate on = kase.assessedOn();
    PlausibleDates.check("assessedOn", on, today);
    notAfter("pain.onset", kase.pain().onset(), on);
    notAfter("pain.nrsDate", kase.pain().nrsDate(), on);
    notAfter("medicalTherapy.since", kase.medicalTherapy().since(), on);
    each("medications", "lastDose", kase.medications(), m -> m.lastDose(), on);
    each("labs", "date", kase.labs(), l -> l.date(), on);
    each("imaging", "date", kase.imaging(), i -> i.date(), on);
  }

  private static <T> void each(String list, String field, List<T> items, Function<T, LocalDate> date, LocalDate on) {
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      notAfter(list + "[" + i + "]." + field, date.apply(items.get(i)), on);
    }
  }

  private static void notAfter(String path, LocalDate date, LocalDate on) {
    if (date != null && date.isAfter(on)) {
      throw new InputError(path, "\"" + date + "\"", "is after the assessment date " + on);
    }
    PlausibleDates.check(path, date, on);
  }
}
