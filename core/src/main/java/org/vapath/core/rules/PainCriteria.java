package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.COV_MALIGNANT_INTRACTABLE;
import static org.vapath.core.catalogue.FindingCode.COV_PAIN_THRESHOLD;
import static org.vapath.core.catalogue.FindingCode.COV_TRAJECTORY;

import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.CoverageItem;
import org.vapath.core.catalogue.Status;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.TherapyResponse;

/**
 * The pain criteria of the payers' coverage check [LCD-SUM (confirm)]: the threshold (NRS 8 for an
 * inpatient, 5 otherwise), the trajectory (worsening, or NRS 5 with two of height loss above 25%, a
 * kyphotic deformity, RMDQ above 17; height-loss progression is not counted), and, for malignant
 * fractures, pain unresponsive to medical therapy. Part of {@link PayerCoverage}.
 */
final class PainCriteria {
  private static final CoverageItem WORSENING = CoverageItem.of(COV_TRAJECTORY, Status.MET,
      "Pain worsening despite medical therapy.");
  private final double inpatient;
  private final double outpatient;
  private final double heightLoss;
  private final double rmdq;

  /** What the threshold reads: the pain score and whether the patient is in hospital. */
  private record Pain(Double nrs, Boolean hospitalized) {
  }

  /** What the trajectory reads: the response to therapy, the three signs and the pain score. */
  private record Course(TherapyResponse therapy, Boolean loss, Boolean kyphotic, Integer score, Double nrs) {
  }

  // Both read a few small values, so most cases share their sentences: written once per set of facts.
  private final Memo<Pain, CoverageItem> thresholds = new Memo<>(1024, this::threshold);
  private final Memo<Course, CoverageItem> trajectories = new Memo<>(4096, this::trajectory);

  PainCriteria(KnowledgePack pack) {
    this.inpatient = pack.threshold(KnowledgePack.COVERAGE_INPATIENT_NRS).value();
    this.outpatient = pack.threshold(KnowledgePack.COVERAGE_OUTPATIENT_NRS).value();
    this.heightLoss = pack.threshold(KnowledgePack.COVERAGE_HEIGHT_LOSS).value();
    this.rmdq = pack.threshold(KnowledgePack.COVERAGE_RMDQ).value();
  }

  CoverageItem threshold(Case kase) {
    return thresholds.get(new Pain(kase.pain().nrs(), kase.patient().hospitalized()));
  }

  private CoverageItem threshold(Pain read) {
    Double nrs = read.nrs();
    Boolean hospitalized = read.hospitalized();
    if (nrs == null) {
      return CoverageItem.of(COV_PAIN_THRESHOLD, Status.UNKNOWN, "No pain score is recorded.");
    }
    String pain = "NRS " + Words.number(nrs) + "/10";
    if (nrs >= inpatient) {
      return CoverageItem.of(COV_PAIN_THRESHOLD, Status.MET, pain + ", " + Words.number(inpatient) + " or more.");
    }
    if (nrs < outpatient) {
      return CoverageItem.of(COV_PAIN_THRESHOLD, Status.NOT_MET, pain + ", below " + Words.number(outpatient) + ".");
    }
    if (hospitalized == null) {
      return CoverageItem.of(COV_PAIN_THRESHOLD, Status.UNKNOWN, pain + ": enough for an outpatient ("
          + Words.number(outpatient) + "), not for an inpatient (" + Words.number(inpatient) + "), and whether the"
          + " patient is hospitalised is not recorded.");
    }
    return hospitalized
        ? CoverageItem.of(COV_PAIN_THRESHOLD, Status.NOT_MET, pain + " in a hospitalised patient, below "
            + Words.number(inpatient) + ".")
        : CoverageItem.of(COV_PAIN_THRESHOLD, Status.MET, pain + " in an outpatient, " + Words.number(outpatient)
            + " or more.");
  }

  CoverageItem trajectory(Case kase, FractureStates fractures, List<Integer> levels) {
    TherapyResponse therapy = kase.medicalTherapy().status();
    if (therapy == TherapyResponse.WORSENING) {
      return WORSENING;
    }
    return trajectories.get(new Course(therapy, anyLevel(fractures, levels, true), anyLevel(fractures, levels, false),
        kase.function().rmdq(), kase.pain().nrs()));
  }

  private CoverageItem trajectory(Course read) {
    TherapyResponse therapy = read.therapy();
    Boolean loss = read.loss();
    Boolean kyphotic = read.kyphotic();
    Integer score = read.score();
    Boolean disability = score == null ? null : score > rmdq;
    int held = count(loss) + count(kyphotic) + count(disability);
    Double nrs = read.nrs();
    String facts = "height loss above " + Words.number(heightLoss) + "%: " + yes(loss) + "; kyphotic deformity: "
        + yes(kyphotic) + "; RMDQ above " + Words.number(rmdq) + ": " + yes(disability)
        + (score == null ? "" : " (" + score + ")");
    if (nrs != null && nrs >= outpatient && held >= 2) {
      return CoverageItem.of(COV_TRAJECTORY, Status.MET, "NRS " + Words.number(nrs) + " with " + held + " of three: "
          + facts + ".");
    }
    boolean allKnown = loss != null && kyphotic != null && disability != null;
    boolean lowPain = nrs != null && nrs < outpatient;
    if (therapy != null && (lowPain || (allKnown && held < 2))) {
      return CoverageItem.of(COV_TRAJECTORY, Status.NOT_MET, "Pain not worsening, and " + (lowPain ? "NRS "
          + Words.number(nrs) + " below " + Words.number(outpatient) : "fewer than two of three") + ": " + facts
          + ".");
    }
    String unknown = (therapy == null ? "whether the pain is worsening is not recorded; " : "")
        + (nrs == null ? "no pain score; " : "") + facts + ".";
    return CoverageItem.of(COV_TRAJECTORY, Status.UNKNOWN, Character.toUpperCase(unknown.charAt(0))
        + unknown.substring(1));
  }

  CoverageItem intractable(Case kase) {
    TherapyResponse therapy = kase.medicalTherapy().status();
    if (therapy == TherapyResponse.NOT_IMPROVING || therapy == TherapyResponse.WORSENING) {
      return CoverageItem.of(COV_MALIGNANT_INTRACTABLE, Status.MET, "Pain " + Words.lower(therapy)
          + " with medical therapy: intractable pain unresponsive to medical therapy.");
    }
    if (therapy == TherapyResponse.IMPROVING) {
      return CoverageItem.of(COV_MALIGNANT_INTRACTABLE, Status.NOT_MET, "Pain improving with medical therapy.");
    }
    return CoverageItem.of(COV_MALIGNANT_INTRACTABLE, Status.UNKNOWN, therapy == null ? "The response of the pain to"
        + " medical therapy is not recorded." : "Medical therapy not tried: pain unresponsive to it is not shown.");
  }

  /** Whether a candidate level has height loss above the threshold ({@code heightLossCriterion}), or kyphosis. */
  private Boolean anyLevel(FractureStates fractures, List<Integer> levels, boolean heightLossCriterion) {
    boolean unknown = false;
    for (int index : levels) {
      Fracture f = fractures.get(index);
      Boolean holds = heightLossCriterion ? (f.heightLossPercent() == null ? null : f.heightLossPercent() > heightLoss)
          : f.kyphoticDeformity();
      if (Boolean.TRUE.equals(holds)) {
        return true;
      }
      unknown |= holds == null;
    }
    return unknown ? null : Boolean.FALSE;
  }

  private static int count(Boolean holds) {
    return Boolean.TRUE.equals(holds) ? 1 : 0;
  }

  private static String yes(Boolean holds) {
    return holds == null ? "not recorded" : holds ? "yes" : "no";
  }
}
