package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.CONSIDER_PLATELET_TRANSFUSION;
import static org.vapath.core.catalogue.FindingCode.ORDER_PLATELET_COUNT;
import static org.vapath.core.catalogue.FindingCode.PLATELET_COUNT;

import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;

/**
 * A current platelet count at or above the threshold of a high bleeding risk procedure
 * [REF, SIR-HEM-2019]: no current count is missing (and to order); a count below it is preparation
 * (consider transfusion), never a contraindication.
 */
final class PlateletCount {
  static final CriterionInfo INFO = CriterionInfo.of("Platelet count",
      "Is a current platelet count at or above the threshold?", "labs[platelets].value", "labs[platelets].date")
      .comparesWith(KnowledgePack.PLATELETS_MIN, KnowledgePack.LAB_VALIDITY_DAYS)
      .emits(PLATELET_COUNT, ORDER_PLATELET_COUNT, CONSIDER_PLATELET_TRANSFUSION);

  private final Threshold minimum;

  PlateletCount(KnowledgePack pack) {
    this.minimum = pack.threshold(KnowledgePack.PLATELETS_MIN);
  }

  Verdict evaluate(CurrentLabs labs) {
    LabResult platelets = labs.current(LabTest.PLATELETS);
    if (platelets == null) {
      return labs.notCurrent(LabTest.PLATELETS, PLATELET_COUNT, ORDER_PLATELET_COUNT);
    }
    if (platelets.value() < minimum.value()) {
      return Verdict.notMet(Finding.patient(CONSIDER_PLATELET_TRANSFUSION, "Platelet count "
          + Words.number(platelets.value()) + " x 10^9/L on " + platelets.date() + " is below "
          + Words.number(minimum.value()) + " x 10^9/L: consider platelet transfusion before the procedure,"
          + " and repeat the count.", minimum.source()));
    }
    return Verdict.MET;
  }
}
