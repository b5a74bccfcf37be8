package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.IMPROVING_WITH_MEDICAL_THERAPY;
import static org.vapath.core.catalogue.FindingCode.MEDICAL_THERAPY_RESPONSE;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.MedicalTherapy;
import org.vapath.core.model.TherapyResponse;

/** Contraindication [REF]: pain improving with medical therapy. Its response not recorded is to verify. */
final class ImprovingWithTherapy {
  static final CriterionInfo INFO = CriterionInfo.of("Improving with medical therapy",
      "Is the pain improving with medical therapy?", "medicalTherapy.status", "medicalTherapy.since")
      .emits(IMPROVING_WITH_MEDICAL_THERAPY, MEDICAL_THERAPY_RESPONSE);

  private ImprovingWithTherapy() {
  }

  static Verdict evaluate(Case kase) {
    MedicalTherapy therapy = kase.medicalTherapy();
    if (therapy.status() == null) {
      return Verdict.unknown(Finding.patient(MEDICAL_THERAPY_RESPONSE, "The response of the pain to medical therapy"
          + " is not recorded; pain improving with medical therapy is a contraindication."));
    }
    if (therapy.status() == TherapyResponse.IMPROVING) {
      String since = therapy.since() == null ? "" : " (since " + therapy.since() + ")";
      return Verdict.met(Finding.patient(IMPROVING_WITH_MEDICAL_THERAPY, "Pain is improving with medical therapy"
          + since + "."));
    }
    return Verdict.NOT_MET;
  }
}
