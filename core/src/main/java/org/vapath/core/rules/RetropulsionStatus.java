package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.RETROPULSION_STATUS;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Status;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.ImagingStudy;

/**
 * A required fact once myelopathy is found [REF]: retropulsion with myelopathy and canal compromise by
 * tumour are contraindications, so with myelopathy present a candidate level's retropulsion (and, at a
 * level of malignancy or hemangioma, its canal compromise) must be known before deciding (case-format.md,
 * version 2 rulings). It is asked once CT or MRI exists: before that, the missing CT or MRI
 * ({@link CrossSectionalImaging}) is what settles it, and the level's fact stays to verify.
 */
final class RetropulsionStatus {
  static final CriterionInfo INFO = CriterionInfo.of("Retropulsion status with myelopathy",
      "With myelopathy and CT or MRI available, are retropulsion and canal compromise known at each candidate"
          + " level?", "neuro.myelopathy", "imaging[].modality", "fractures[].retropulsion",
      "fractures[].canalCompromiseByTumor")
      .emits(RETROPULSION_STATUS);

  private RetropulsionStatus() {
  }

  static Verdict evaluate(Case kase, FractureStates fractures) {
    if (!Boolean.TRUE.equals(kase.neuro().myelopathy()) || !crossSectional(kase)) {
      return Verdict.NOT_MET;
    }
    List<Finding> missing = new ArrayList<>(0);
    for (int i = 0; i < fractures.size(); i++) {
      if (!fractures.candidate(i)) {
        continue;
      }
      Level at = Level.of(kase, i);
      String unknown = unknown(at.fracture());
      if (unknown != null) {
        missing.add(at.finding(RETROPULSION_STATUS, "Myelopathy on examination, and whether " + at.which() + " has "
            + unknown + " is not recorded: read it on the CT or MRI before deciding; with myelopathy it is a"
            + " contraindication."));
      }
    }
    return missing.isEmpty() ? Verdict.MET : new Verdict(Status.UNKNOWN, missing);
  }

  /** What is unknown at the level, in words, or {@code null}. */
  private static String unknown(Fracture fracture) {
    boolean tumour = fracture.etiology() == Etiology.MALIGNANCY || fracture.etiology() == Etiology.HEMANGIOMA;
    boolean canal = tumour && fracture.canalCompromiseByTumor() == null;
    if (fracture.retropulsion() == null) {
      return canal ? "retropulsed fragments or canal compromise by tumour" : "retropulsed fragments";
    }
    return canal ? "canal compromise by tumour" : null;
  }

  private static boolean crossSectional(Case kase) {
    for (ImagingStudy study : kase.imaging()) {
      if (study.modality().isCrossSectional()) {
        return true;
      }
    }
    return false;
  }
}
