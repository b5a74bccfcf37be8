package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Clearance;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Sources;
import org.vapath.core.knowledge.ClearanceFormula;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Sex;

/**
 * The creatinine clearance the hold table is read with [CG-1976]: the recorded one, else the
 * Cockcroft-Gault estimate from a creatinine within the lab window, age, sex (female or male) and
 * weight, not rounded before the bands are compared (case-format.md, version 2 rulings, "Clearance").
 * {@code null} when neither; {@link #missing} then names what to measure.
 */
final class CreatinineClearance {
  static final CriterionInfo INFO = CriterionInfo.of("Creatinine clearance",
      "What creatinine clearance do the hold tables read: recorded, or by Cockcroft-Gault?",
      "renal.creatinineClearanceMlMin", "labs[creatinine].value", "labs[creatinine].date", "patient.ageYears",
      "patient.sex", "patient.weightKg")
      .comparesWith(KnowledgePack.LAB_VALIDITY_DAYS)
      .cites(Sources.CG, Sources.ACC_AF);

  private final ClearanceFormula formula;

  CreatinineClearance(KnowledgePack pack) {
    this.formula = pack.clearance();
  }

  Clearance evaluate(Case kase, CurrentLabs labs) {
    Double recorded = kase.renal().creatinineClearanceMlMin();
    if (recorded != null) {
      return new Clearance(recorded, false, "Creatinine clearance " + Words.number(recorded) + " mL/min, as recorded.",
          Sources.ACC_AF);
    }
    LabResult creatinine = labs.current(LabTest.CREATININE);
    Patient patient = kase.patient();
    if (creatinine == null || patient.ageYears() == null || patient.weightKg() == null || !knownSex(patient)) {
      return null;
    }
    boolean female = patient.sex() == Sex.FEMALE;
    double value = formula.clearance(patient.ageYears(), patient.weightKg(), creatinine.value(), female);
    return new Clearance(value, true, "Creatinine clearance " + oneDecimal(value) + " mL/min by " + formula.name()
        + " from creatinine " + Words.number(Math.round(creatinine.value() * 100) / 100.0) + " mg/dL on "
        + creatinine.date() + ", "
        + Words.number(patient.weightKg()) + " kg, " + patient.ageYears() + " years, " + Words.lower(patient.sex())
        + ".", formula.source());
  }

  /** What is lacking to compute the clearance, in words ("a creatinine within 30 days, the body weight"). */
  static List<String> missing(Case kase, CurrentLabs labs) {
    List<String> lacking = new ArrayList<>(4);
    if (labs.current(LabTest.CREATININE) == null) {
      lacking.add("a current serum creatinine (" + labs.whyNotCurrent(LabTest.CREATININE) + ")");
    }
    if (kase.patient().weightKg() == null) {
      lacking.add("the body weight");
    }
    if (kase.patient().ageYears() == null) {
      lacking.add("the age");
    }
    if (!knownSex(kase.patient())) {
      lacking.add("the sex (female or male)");
    }
    return lacking;
  }

  private static boolean knownSex(Patient patient) {
    return patient.sex() == Sex.FEMALE || patient.sex() == Sex.MALE;
  }

  /** 35.4: a clearance is shown to one decimal, and compared unrounded. */
  static String oneDecimal(double value) {
    return Words.number(Math.round(value * 10) / 10.0);
  }
}
