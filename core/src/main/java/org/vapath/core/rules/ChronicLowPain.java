package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.CHRONIC_LOW_PAIN;

import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Acuity;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Threshold;

/**
 * Caution per level [NASS-OST]: a chronic fracture with pain of {@code chronicLowPain.maxNrs} (6) or
 * less, rated rarely appropriate in every scenario of the NASS osteoporotic criteria. Unknown when the
 * acuity or the pain score is.
 */
final class ChronicLowPain {
  static final CriterionInfo INFO = CriterionInfo.of("Chronic fracture with low pain",
      "Is the fracture chronic, with pain at or below the threshold?", "pain.onset", "pain.nrs")
      .comparesWith(KnowledgePack.CHRONIC_LOW_PAIN_NRS, KnowledgePack.CHRONIC_FROM_DAYS)
      .emits(CHRONIC_LOW_PAIN);

  private final Threshold maximum;

  ChronicLowPain(KnowledgePack pack) {
    this.maximum = pack.threshold(KnowledgePack.CHRONIC_LOW_PAIN_NRS);
  }

  Verdict level(Case kase, Acuity acuity, Level at) {
    Double nrs = kase.pain().nrs();
    if (acuity == Acuity.UNKNOWN || (acuity == Acuity.CHRONIC && nrs == null)) {
      return Verdict.UNKNOWN;
    }
    if (acuity != Acuity.CHRONIC || nrs > maximum.value()) {
      return Verdict.NOT_MET;
    }
    return Verdict.met(at.finding(CHRONIC_LOW_PAIN, "A chronic fracture (" + FractureAcuity.describe(kase, acuity)
        + ") with pain of " + Words.number(nrs) + "/10, " + Words.number(maximum.value()) + " or less: rated rarely"
        + " appropriate by the NASS osteoporotic criteria."));
  }
}
