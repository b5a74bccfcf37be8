package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.COV_ACUTE_IMAGING;
import static org.vapath.core.catalogue.FindingCode.COV_BMD_REFERRAL;
import static org.vapath.core.catalogue.FindingCode.COV_LEVELS;
import static org.vapath.core.catalogue.FindingCode.COV_MALIGNANT_INTRACTABLE;
import static org.vapath.core.catalogue.FindingCode.COV_NO_CONTRAINDICATION;
import static org.vapath.core.catalogue.FindingCode.COV_PAIN_THRESHOLD;
import static org.vapath.core.catalogue.FindingCode.COV_TRAJECTORY;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Acuity;
import org.vapath.core.assessment.Coverage;
import org.vapath.core.assessment.CoverageItem;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Status;
import org.vapath.core.knowledge.CoveragePolicy;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;

/**
 * The Medicare LCDs' coverage criteria [LCD-SUM, LCD-RUBRIC (confirm)], advisory and never part of the
 * decision (case-format.md, version 2 rulings, "Coverage"). Computed when a candidate level is
 * osteoporotic, of unknown cause or malignant ({@code null} otherwise); with an osteoporotic (or
 * unknown) level the osteoporotic criteria apply, with malignant levels only the intractable pain
 * criterion replaces the pain threshold and trajectory, and the bone density referral is not asked.
 */
final class PayerCoverage {
  static final CriterionInfo INFO = CriterionInfo.of("Payer coverage (Medicare LCDs)",
      "Does the documentation meet the payers' criteria: acute imaging, pain, trajectory, levels, bone density"
          + " referral, no contraindication?",
      "pain.onset", "fractures[].edema", "fractures[].boneScanUptake", "pain.nrs", "patient.hospitalized",
      "medicalTherapy.status", "fractures[].heightLossPercent", "fractures[].kyphoticDeformity", "function.rmdq",
      "fractures[].level", "osteoporosisCare.bmdReferral")
      .comparesWith(KnowledgePack.COVERAGE_INPATIENT_NRS, KnowledgePack.COVERAGE_OUTPATIENT_NRS,
          KnowledgePack.COVERAGE_HEIGHT_LOSS, KnowledgePack.COVERAGE_RMDQ)
      .emits(COV_ACUTE_IMAGING, COV_PAIN_THRESHOLD, COV_TRAJECTORY, COV_MALIGNANT_INTRACTABLE, COV_LEVELS,
          COV_BMD_REFERRAL, COV_NO_CONTRAINDICATION);

  private static final CoverageItem BMD_UNKNOWN = CoverageItem.of(COV_BMD_REFERRAL, Status.UNKNOWN, "A bone density"
      + " referral is not documented; the LCDs require every patient to be referred for BMD evaluation.");
  private static final CoverageItem BMD_MET = CoverageItem.of(COV_BMD_REFERRAL, Status.MET, "A bone density referral"
      + " is documented.");
  private static final CoverageItem BMD_NOT_MET = CoverageItem.of(COV_BMD_REFERRAL, Status.NOT_MET, "No bone density"
      + " referral: the LCDs require every patient to be referred for BMD evaluation and osteoporosis education.");
  private static final CoverageItem NO_CONTRAINDICATION = CoverageItem.of(COV_NO_CONTRAINDICATION, Status.MET,
      "No contraindication holds (cautions do not count).");

  private final CoveragePolicy policy;
  private final PainCriteria pain;
  /** The sentences that name no fact of the case, built once per pack. */
  private final CoverageItem levelsMet;
  private final CoverageItem levelsUnknown;

  PayerCoverage(KnowledgePack pack) {
    this.policy = pack.coverage();
    this.pain = new PainCriteria(pack);
    this.levelsMet = CoverageItem.of(COV_LEVELS, Status.MET, "Every candidate level is within " + policy.levels()
        + ".");
    this.levelsUnknown = CoverageItem.of(COV_LEVELS, Status.UNKNOWN, "A candidate fracture's level is not"
        + " recorded; the policy covers " + policy.levels() + ".");
  }

  /** The coverage check, or {@code null} when no candidate level is osteoporotic, of unknown cause or malignant. */
  Coverage evaluate(Case kase, FractureStates fractures, Acuity acuity, List<Finding> contraindications) {
    List<Integer> levels = new ArrayList<>(fractures.size());
    boolean osteoporotic = false;
    boolean malignant = false;
    for (int i = 0; i < fractures.size(); i++) {
      if (fractures.candidate(i)) {
        levels.add(i);
        Etiology etiology = fractures.get(i).etiology();
        osteoporotic |= etiology == Etiology.OSTEOPOROSIS || etiology == Etiology.UNKNOWN;
        malignant |= etiology == Etiology.MALIGNANCY;
      }
    }
    if (!osteoporotic && !malignant) {
      return null;
    }
    List<CoverageItem> criteria = new ArrayList<>(6);
    criteria.add(acuteImaging(kase, fractures, levels, acuity));
    if (osteoporotic) {
      criteria.add(pain.threshold(kase));
      criteria.add(pain.trajectory(kase, fractures, levels));
    } else {
      criteria.add(pain.intractable(kase));
    }
    criteria.add(levels(fractures, levels));
    if (osteoporotic) {
      criteria.add(bmdReferral(kase));
    }
    criteria.add(noContraindication(contraindications));
    return Coverage.of(policy.policy(), criteria, policy.source(), policy.confirm());
  }

  private static CoverageItem acuteImaging(Case kase, FractureStates fractures, List<Integer> levels, Acuity acuity) {
    List<String> evidence = new ArrayList<>(1);
    boolean allAbsent = true;
    for (int index : levels) {
      Fracture f = fractures.get(index);
      if (Boolean.TRUE.equals(f.edema()) || Boolean.TRUE.equals(f.boneScanUptake())) {
        evidence.add(Words.fracture(f.levelName(), index) + (Boolean.TRUE.equals(f.edema()) ? " (marrow edema)"
            : " (bone scan uptake)"));
      }
      allAbsent &= Boolean.FALSE.equals(f.edema()) && Boolean.FALSE.equals(f.boneScanUptake());
    }
    String age = "Fracture age: " + FractureAcuity.describe(kase, acuity) + ". ";
    if (acuity == Acuity.CHRONIC) {
      return CoverageItem.of(COV_ACUTE_IMAGING, Status.NOT_MET, age + "The LCDs cover an acute or subacute fracture.");
    }
    if (allAbsent) {
      return CoverageItem.of(COV_ACUTE_IMAGING, Status.NOT_MET, age + "Neither marrow edema on MRI nor uptake on a"
          + " bone scan is found at a candidate level: imaging does not confirm acuity.");
    }
    if ((acuity == Acuity.ACUTE || acuity == Acuity.SUBACUTE) && !evidence.isEmpty()) {
      return CoverageItem.of(COV_ACUTE_IMAGING, Status.MET, age + "Imaging confirms it at "
          + Words.joinAnd(evidence) + ".");
    }
    return CoverageItem.of(COV_ACUTE_IMAGING, Status.UNKNOWN, age + (evidence.isEmpty() ? "Marrow edema on MRI or"
        + " uptake on a bone scan is not recorded at the candidate levels." : "Imaging shows edema or uptake."));
  }

  private CoverageItem levels(FractureStates fractures, List<Integer> levels) {
    List<String> outside = new ArrayList<>(1);
    boolean unknown = false;
    for (int index : levels) {
      Fracture f = fractures.get(index);
      if (f.level() == null) {
        unknown = true;
      } else if (!policy.covers(f.level())) {
        outside.add(f.levelName());
      }
    }
    if (!outside.isEmpty()) {
      return CoverageItem.of(COV_LEVELS, Status.NOT_MET, Words.joinAnd(outside) + " outside " + policy.levels()
          + ", the levels the policy covers.");
    }
    return unknown ? levelsUnknown : levelsMet;
  }

  private static CoverageItem bmdReferral(Case kase) {
    Boolean referral = kase.osteoporosisCare().bmdReferral();
    if (referral == null) {
      return BMD_UNKNOWN;
    }
    return referral ? BMD_MET : BMD_NOT_MET;
  }

  private static CoverageItem noContraindication(List<Finding> contraindications) {
    if (contraindications.isEmpty()) {
      return NO_CONTRAINDICATION;
    }
    List<String> codes = new ArrayList<>(contraindications.size());
    for (Finding finding : contraindications) {
      if (!codes.contains(finding.code())) {
        codes.add(finding.code());
      }
    }
    return CoverageItem.of(COV_NO_CONTRAINDICATION, Status.NOT_MET, "Contraindicated: " + String.join(", ", codes)
        + ".");
  }
}
