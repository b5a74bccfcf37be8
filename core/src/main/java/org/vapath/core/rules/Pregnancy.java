package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.PREGNANCY;
import static org.vapath.core.catalogue.FindingCode.PREGNANCY_STATUS;

import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Sex;
import org.vapath.core.catalogue.Verdict;

/**
 * Contraindication [LCD-SUM (confirm)]: pregnancy, absolute in three of the four LCDs. Unknown for a
 * patient who may be of child-bearing age (a woman aged {@code pregnancy.ageFrom} to
 * {@code pregnancy.ageTo}, an institutional default; sex other or not recorded alike; an age not
 * recorded does not rule it out): to verify. Not asked of a man, nor outside the ages.
 */
final class Pregnancy {
  static final CriterionInfo INFO = CriterionInfo.of("Pregnancy",
      "Is the patient pregnant, or of child-bearing age with the pregnancy not recorded?",
      "patient.pregnant", "patient.sex", "patient.ageYears")
      .comparesWith(KnowledgePack.PREGNANCY_AGE_FROM, KnowledgePack.PREGNANCY_AGE_TO)
      .emits(PREGNANCY, PREGNANCY_STATUS);

  private final int from;
  private final int to;

  Pregnancy(KnowledgePack pack) {
    this.from = (int) pack.threshold(KnowledgePack.PREGNANCY_AGE_FROM).value();
    this.to = (int) pack.threshold(KnowledgePack.PREGNANCY_AGE_TO).value();
  }

  Verdict evaluate(Case kase) {
    Patient patient = kase.patient();
    if (Boolean.TRUE.equals(patient.pregnant())) {
      return Verdict.met(Finding.patient(PREGNANCY, "The patient is pregnant: pregnancy is an absolute"
          + " contraindication in three of the four Medicare LCDs (relative in L38213)."));
    }
    if (Boolean.FALSE.equals(patient.pregnant()) || patient.sex() == Sex.MALE) {
      return Verdict.NOT_MET;
    }
    Integer age = patient.ageYears();
    if (age != null && (age < from || age > to)) {
      return Verdict.NOT_MET;
    }
    String who = (patient.sex() == Sex.FEMALE ? "A woman" : "A patient of sex " + (patient.sex() == null
        ? "not recorded" : Words.lower(patient.sex()))) + (age == null ? " of unrecorded age" : " aged " + age);
    return Verdict.unknown(Finding.patient(PREGNANCY_STATUS, who + " (child-bearing age taken as " + from + " to " + to
        + ") whose pregnancy is not recorded: ask, or test; pregnancy is a contraindication."));
  }
}
