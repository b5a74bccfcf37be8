package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.ORDER_WBC;
import static org.vapath.core.catalogue.FindingCode.WBC;

import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.LabTest;

/** Required when infection is suspected [REF, Workup]: a current WBC count. Otherwise not asked (not met). */
final class WbcCount {
  static final CriterionInfo INFO = CriterionInfo.of("WBC count when infection is suspected",
      "Is there a current WBC count while infection is a concern?", "infection.status", "labs[wbc].date")
      .comparesWith(KnowledgePack.LAB_VALIDITY_DAYS)
      .emits(WBC, ORDER_WBC);

  private WbcCount() {
  }

  static Verdict evaluate(Case kase, CurrentLabs labs) {
    if (!ActiveInfection.suspected(kase)) {
      return Verdict.NOT_MET;
    }
    if (labs.current(LabTest.WBC) != null) {
      return Verdict.MET;
    }
    String why = labs.whyNotCurrent(LabTest.WBC);
    String name = labs.name(LabTest.WBC);
    return Verdict.unknown(Finding.patient(WBC, "Infection is suspected and " + why + "."),
        Finding.patient(ORDER_WBC, "Infection is a concern: obtain " + Words.article(name) + " " + name + "; " + why
            + "."));
  }
}
