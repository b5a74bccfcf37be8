package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.RETROPULSION;
import static org.vapath.core.catalogue.FindingCode.RETROPULSION_WITH_MYELOPATHY;

import org.vapath.core.Case;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;

/**
 * Contraindication per level [REF]: retropulsed bony fragments with myelopathy on examination.
 * Unknown retropulsion is to verify at the level; unknown myelopathy is asked by {@link NeuroExam}.
 */
final class RetropulsionWithMyelopathy {
  static final CriterionInfo INFO = CriterionInfo.of("Retropulsion with myelopathy",
      "Does a level have retropulsed fragments while the examination finds myelopathy?",
      "fractures[].retropulsion", "neuro.myelopathy")
      .emits(RETROPULSION_WITH_MYELOPATHY, RETROPULSION);

  private RetropulsionWithMyelopathy() {
  }

  static Verdict level(Case kase, Level at) {
    Boolean retropulsion = at.fracture().retropulsion();
    if (retropulsion == null) {
      return Verdict.unknown(at.finding(RETROPULSION, "Whether " + at.which() + " has retropulsed fragments is not"
          + " recorded; retropulsion with myelopathy is a contraindication."));
    }
    Boolean myelopathy = kase.neuro().myelopathy();
    if (!retropulsion || Boolean.FALSE.equals(myelopathy)) {
      return Verdict.NOT_MET;
    }
    if (myelopathy == null) {
      return Verdict.UNKNOWN;
    }
    return Verdict.met(at.finding(RETROPULSION_WITH_MYELOPATHY, "Retropulsed bony fragments at " + at.which()
        + " with myelopathy on examination."));
  }
}
