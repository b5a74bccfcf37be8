package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.CORRECT_INR;
import static org.vapath.core.catalogue.FindingCode.INR;
import static org.vapath.core.catalogue.FindingCode.ORDER_INR;
import static org.vapath.core.catalogue.FindingCode.RECHECK_INR;

import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;

/**
 * A current INR at or below the threshold of a high bleeding risk procedure [REF, SIR-HEM-2019]: no
 * current INR is missing (and to order); an INR above it is corrected and rechecked, and the
 * correction depends on the drugs taken ({@link AntithromboticHolds}'s result). A drug whose INR the
 * pack rechecks (warfarin) asks for the recheck even when the INR is in range.
 */
final class InrCheck {
  static final CriterionInfo INFO = CriterionInfo.of("INR",
      "Is a current INR at or below the threshold, and rechecked when a drug or its value calls for it?",
      "labs[inr].value", "labs[inr].date", "medications[].name")
      .comparesWith(KnowledgePack.INR_MAX, KnowledgePack.INR_RECHECK_DAYS, KnowledgePack.LAB_VALIDITY_DAYS)
      .emits(INR, ORDER_INR, CORRECT_INR, RECHECK_INR);

  private final KnowledgePack pack;
  private final Threshold maximum;
  /** The drug class whose INR the pack rechecks ("vitamin K antagonist"), for the sentence that none is taken. */
  private final String rechecked;

  InrCheck(KnowledgePack pack) {
    this.pack = pack;
    this.maximum = pack.threshold(KnowledgePack.INR_MAX);
    this.rechecked = pack.antithrombotics().stream().filter(Antithrombotic::inrRecheck).map(Antithrombotic::drugClass)
        .findFirst().orElse("drug whose INR is rechecked");
  }

  /** {@code rechecking}: the drug taken whose INR the pack rechecks, or {@code null}. */
  Verdict evaluate(CurrentLabs labs, Antithrombotic rechecking) {
    LabResult inr = labs.current(LabTest.INR);
    if (inr == null) {
      return labs.notCurrent(LabTest.INR, INR, ORDER_INR);
    }
    if (inr.value() > maximum.value()) {
      return Verdict.notMet(Finding.patient(CORRECT_INR, "INR " + Words.number(inr.value()) + " on " + inr.date()
          + " is above " + Words.number(maximum.value()) + ": correct it to " + Words.number(maximum.value())
          + " or less before the procedure. " + reversal(rechecking), maximum.source()),
          recheck("the last INR was out of range", null));
    }
    return Verdict.MET;
  }

  /**
   * The recheck a drug asks for ({@code null} when none is taken, or when {@code inr}, this
   * criterion's verdict, already asks for one because the INR was out of range).
   */
  Finding recheckFor(Antithrombotic rechecking, Verdict inr) {
    return rechecking == null || inr.has(RECHECK_INR) ? null : recheck("the patient takes " + rechecking.id(),
        rechecking.source());
  }

  private String reversal(Antithrombotic rechecking) {
    return rechecking != null
        ? "The patient takes " + rechecking.id() + ": the hold lowers the INR; agree any reversal with the prescriber."
        : "No " + rechecked + " is recorded: find the cause and agree the correction with the prescriber or"
            + " haematology.";
  }

  /** {@code drugSource}: the source of the drug's own recheck (its hold table's), or {@code null}. */
  private Finding recheck(String because, String drugSource) {
    Threshold days = pack.threshold(KnowledgePack.INR_RECHECK_DAYS);
    String within = days.value() == 1 ? "1 day" : Words.number(days.value()) + " days";
    return Finding.patient(RECHECK_INR, "Repeat the INR within " + within + " before the procedure, because "
        + because + "; it must be " + Words.number(maximum.value()) + " or less.",
        drugSource == null ? days.source() : drugSource + "; " + days.source())
        .asInstitutionalDefault(days.institutionalDefault());
  }
}
