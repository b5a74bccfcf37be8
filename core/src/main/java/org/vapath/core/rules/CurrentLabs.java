package org.vapath.core.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.catalogue.Verdict;
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
  private final KnowledgePack pack;

  CurrentLabs(Case kase, KnowledgePack pack) {
    this.assessedOn = kase.assessedOn();
    this.validityDays = (int) pack.threshold(KnowledgePack.LAB_VALIDITY_DAYS).value();
    this.validFrom = assessedOn.minusDays(validityDays);
    this.pack = pack;
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
  String whyNotCurrent(LabTest test) {
    String name = name(test);
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

  /**
   * The verdict on a test without a current result: unknown, with the missing fact and the order to
   * obtain it, each saying why no result counts (the test named as the pack names it).
   */
  Verdict notCurrent(LabTest test, FindingCode missing, FindingCode order) {
    String name = name(test);
    String why = whyNotCurrent(test);
    return Verdict.unknown(
        Finding.patient(missing, Words.withArticle(name) + " is required before the procedure and " + why + "."),
        Finding.patient(order, "Obtain " + Words.article(name) + " " + name + " before the procedure; " + why + "."));
  }

  /** The test as the pack names it in a sentence: "platelet count", "INR". */
  String name(LabTest test) {
    return pack.lab(test).name();
  }
}
