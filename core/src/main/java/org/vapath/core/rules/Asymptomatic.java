package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.ASYMPTOMATIC;
import static org.vapath.core.catalogue.FindingCode.PAIN_GENERATOR;
import static org.vapath.core.catalogue.FindingCode.PAIN_STATUS;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.PainStatus;

/**
 * Contraindication [REF]: an asymptomatic compression fracture, for the whole patient (no pain now,
 * or pain resolved) or for one level (examination finds it not concordant with the pain). Unknown
 * pain status is a missing fact; an unknown concordance is to verify.
 */
final class Asymptomatic {
  static final CriterionInfo INFO = CriterionInfo.of("Asymptomatic fracture",
      "Is the fracture painless now, or a level not concordant with the pain?",
      "pain.status", "fractures[].painGenerator")
      .emits(ASYMPTOMATIC, PAIN_STATUS, PAIN_GENERATOR);

  private Asymptomatic() {
  }

  /** Met when pain is none or resolved; unknown (missing {@code PAIN_STATUS}) when the status is not recorded. */
  static Verdict patient(Case kase) {
    PainStatus pain = kase.pain().status();
    if (pain == null) {
      return Verdict.unknown(Finding.patient(PAIN_STATUS, "Whether the fracture is painful now is not recorded;"
          + " ongoing pain is part of the indication."));
    }
    if (pain == PainStatus.NONE || pain == PainStatus.RESOLVED) {
      return Verdict.met(Finding.patient(ASYMPTOMATIC, "Pain status is " + Words.lower(pain)
          + ": the compression fracture is asymptomatic."));
    }
    return Verdict.NOT_MET;
  }

  /** Met when examination finds the level not concordant with the pain; unknown when not recorded. */
  static Verdict level(Level at) {
    Boolean painGenerator = at.fracture().painGenerator();
    if (painGenerator == null) {
      return Verdict.unknown(at.finding(PAIN_GENERATOR, "Whether " + at.which() + " is concordant with the pain is"
          + " not recorded; an asymptomatic fracture is not treated."));
    }
    if (!painGenerator) {
      return Verdict.met(at.finding(ASYMPTOMATIC, "Examination finds " + at.which() + " not concordant with the pain:"
          + " an asymptomatic fracture, excluded from treatment."));
    }
    return Verdict.NOT_MET;
  }
}
