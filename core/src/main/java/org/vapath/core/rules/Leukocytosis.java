package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.LEUKOCYTOSIS;

import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;

/**
 * A current WBC count above {@code wbc.max} (11 x 10^9/L) [HEMADV-WBC, MSD-WBC]: leukocytosis, possible
 * infection, to review. Never a contraindication by itself, never a missing fact.
 */
final class Leukocytosis {
  static final CriterionInfo INFO = CriterionInfo.of("Leukocytosis",
      "Is a current WBC count above the normal range?", "labs[wbc].value", "labs[wbc].date")
      .comparesWith(KnowledgePack.WBC_MAX, KnowledgePack.LAB_VALIDITY_DAYS)
      .emits(LEUKOCYTOSIS);

  private final Threshold maximum;

  Leukocytosis(KnowledgePack pack) {
    this.maximum = pack.threshold(KnowledgePack.WBC_MAX);
  }

  Verdict evaluate(CurrentLabs labs) {
    LabResult wbc = labs.current(LabTest.WBC);
    if (wbc == null || wbc.value() <= maximum.value()) {
      return Verdict.NOT_MET;
    }
    return Verdict.unknown(Finding.patient(LEUKOCYTOSIS, "WBC count " + Words.number(wbc.value()) + " x 10^9/L on "
        + wbc.date() + " is above " + Words.number(maximum.value()) + " x 10^9/L: leukocytosis, possible infection;"
        + " review for infection (not a contraindication by itself)."));
  }
}
