package org.vapath.core.rules;

import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;

/**
 * Current labs against the bleeding-risk thresholds of a high bleeding risk procedure
 * [SIR-HEM-2019]: an INR above the threshold is corrected and rechecked, a platelet count below it
 * is a reason to consider transfusion. Both are preparation, not contraindications.
 */
final class LabThresholdRules {
  static final String CORRECT_INR = "CORRECT_INR";
  static final String RECHECK_INR = "RECHECK_INR";
  static final String TRANSFUSE_PLATELETS = "CONSIDER_PLATELET_TRANSFUSION";

  private LabThresholdRules() {
  }

  /** Adds the preparation items; {@code reversal} says how the INR is corrected given the drugs taken. */
  static void apply(KnowledgePack pack, CurrentLabs labs, String reversal, Findings findings) {
    Threshold inrMax = pack.threshold(KnowledgePack.INR_MAX);
    LabResult inr = labs.current(LabTest.INR);
    if (inr != null && inr.value() > inrMax.value()) {
      findings.preparation.add(Finding.patient(CORRECT_INR, "INR " + Words.number(inr.value()) + " on " + inr.date()
          + " is above " + Words.number(inrMax.value()) + ": correct it to " + Words.number(inrMax.value())
          + " or less before the procedure. " + reversal, inrMax.source()));
      findings.preparation.add(recheck(pack, "the last INR was out of range"));
    }
    Threshold plateletsMin = pack.threshold(KnowledgePack.PLATELETS_MIN);
    LabResult platelets = labs.current(LabTest.PLATELETS);
    if (platelets != null && platelets.value() < plateletsMin.value()) {
      findings.preparation.add(Finding.patient(TRANSFUSE_PLATELETS, "Platelet count "
          + Words.number(platelets.value()) + " x 10^9/L on " + platelets.date() + " is below "
          + Words.number(plateletsMin.value()) + " x 10^9/L: consider platelet transfusion before the procedure,"
          + " and repeat the count.", plateletsMin.source()));
    }
  }

  /** The INR recheck on the procedure day, shared with the warfarin hold. */
  static Finding recheck(KnowledgePack pack, String because) {
    Threshold days = pack.threshold(KnowledgePack.INR_RECHECK_DAYS);
    String within = days.value() == 1 ? "1 day" : Words.number(days.value()) + " days";
    return Finding.patient(RECHECK_INR, "Repeat the INR within " + within + " before the procedure, because "
        + because + "; it must be " + Words.number(pack.threshold(KnowledgePack.INR_MAX).value()) + " or less.",
        days.source())
        .asInstitutionalDefault(days.institutionalDefault());
  }
}
