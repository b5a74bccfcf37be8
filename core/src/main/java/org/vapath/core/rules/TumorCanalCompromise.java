package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.CANAL_COMPROMISE_BY_TUMOR;
import static org.vapath.core.catalogue.FindingCode.TUMOR_CANAL_COMPROMISE;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;

/**
 * Contraindication per level [REF]: spinal canal compromise by tumour. Unknown at a level of
 * malignancy or hemangioma is to verify; at a level of unknown cause the missing etiology asks first.
 */
final class TumorCanalCompromise {
  static final CriterionInfo INFO = CriterionInfo.of("Canal compromise by tumour",
      "Does tumour compromise the spinal canal at a level?", "fractures[].canalCompromiseByTumor",
      "fractures[].etiology")
      .emits(TUMOR_CANAL_COMPROMISE, CANAL_COMPROMISE_BY_TUMOR);

  private TumorCanalCompromise() {
  }

  static Verdict level(Case kase, int index) {
    Fracture fracture = kase.fracturesOrNone().get(index);
    String level = fracture.levelName();
    String which = Words.fracture(level, index);
    Boolean compromise = fracture.canalCompromiseByTumor();
    if (Boolean.TRUE.equals(compromise)) {
      return Verdict.met(Finding.fracture(TUMOR_CANAL_COMPROMISE, index, level, "Spinal canal compromise by tumour at "
          + which + (fracture.etiology() == Etiology.UNKNOWN ? "" : " (etiology "
          + Words.lower(fracture.etiology()) + ")") + "."));
    }
    boolean tumour = fracture.etiology() == Etiology.MALIGNANCY || fracture.etiology() == Etiology.HEMANGIOMA;
    if (compromise == null && tumour) {
      return Verdict.unknown(Finding.fracture(CANAL_COMPROMISE_BY_TUMOR, index, level, "Whether tumour compromises"
          + " the spinal canal at " + which + " is not recorded; canal compromise by tumour is a contraindication."));
    }
    return compromise == null && fracture.etiology() == Etiology.UNKNOWN ? Verdict.UNKNOWN : Verdict.NOT_MET;
  }
}
