package org.vapath.core.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;

/**
 * The latest result of each test, and whether it is current: dated within the pack's validity
 * window before the assessment date. An undated result is never current.
 */
final class CurrentLabs {
  private final Map<LabTest, LabResult> latest = new EnumMap<>(LabTest.class);
  private final Map<LabTest, LabResult> undated = new EnumMap<>(LabTest.class);
  private final LocalDate validFrom;
  private final LocalDate assessedOn;
  private final int validityDays;

  CurrentLabs(Case kase, KnowledgePack pack) {
    this.assessedOn = kase.assessedOn();
    this.validityDays = (int) pack.threshold(KnowledgePack.LAB_VALIDITY_DAYS).value();
    this.validFrom = assessedOn.minusDays(validityDays);
    for (LabResult lab : kase.labs()) {
      if (lab.date() == null) {
        undated.putIfAbsent(lab.test(), lab);
        continue;
      }
      LabResult previous = latest.get(lab.test());
      if (!lab.date().isAfter(assessedOn) && (previous == null || lab.date().isAfter(previous.date()))) {
        latest.put(lab.test(), lab);
      }
    }
  }

  /** The latest current result, or {@code null} when there is none. */
  LabResult current(LabTest test) {
    LabResult lab = latest.get(test);
    return lab != null && !lab.date().isBefore(validFrom) ? lab : null;
  }

  /** Why there is no current result, in plain words. */
  String whyNotCurrent(LabTest test, String name) {
    LabResult lab = latest.get(test);
    if (lab != null) {
      return "the latest " + name + " is from " + lab.date() + ", older than the " + validityDays
          + " days before " + assessedOn + " for which a result counts as current";
    }
    if (undated.containsKey(test)) {
      return "the only " + name + " recorded has no date, so it cannot count as current";
    }
    return "no " + name + " is recorded";
  }

  int validityDays() {
    return validityDays;
  }
}
