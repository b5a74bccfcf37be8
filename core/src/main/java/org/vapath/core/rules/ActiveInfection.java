package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.ACTIVE_INFECTION;
import static org.vapath.core.catalogue.FindingCode.INFECTION_STATUS;
import static org.vapath.core.catalogue.FindingCode.INFECTION_TO_EXCLUDE;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.InfectionStatus;

/**
 * Contraindication [REF]: a current local or systemic infection. A suspected infection is unknown
 * until confirmed or excluded (and asks for a WBC count: {@link WbcCount}); an unrecorded status is to verify.
 */
final class ActiveInfection {
  static final CriterionInfo INFO = CriterionInfo.of("Active infection",
      "Is there a current local or systemic infection?", "infection.status")
      .emits(ACTIVE_INFECTION, INFECTION_STATUS, INFECTION_TO_EXCLUDE);

  private ActiveInfection() {
  }

  static Verdict evaluate(Case kase) {
    InfectionStatus status = kase.infection().status();
    if (status == null) {
      return Verdict.unknown(Finding.patient(INFECTION_STATUS, "The infection status is not recorded; a current"
          + " local or systemic infection is a contraindication."));
    }
    if (status == InfectionStatus.SUSPECTED) {
      return Verdict.unknown(Finding.patient(INFECTION_TO_EXCLUDE, "Infection is suspected: confirm or exclude it"
          + " before the procedure; a current infection is a contraindication."));
    }
    if (status.isCurrent()) {
      return Verdict.met(Finding.patient(ACTIVE_INFECTION, "Infection status is " + Words.lower(status)
          + ": a current " + (status == InfectionStatus.LOCAL ? "localized" : "systemic") + " infection."));
    }
    return Verdict.NOT_MET;
  }

  /** Whether infection is a concern still to settle, for which a WBC count is wanted. */
  static boolean suspected(Case kase) {
    return kase.infection().status() == InfectionStatus.SUSPECTED;
  }
}
