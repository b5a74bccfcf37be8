package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.CANAL_COMPROMISE_BY_TUMOR;
import static org.vapath.core.catalogue.FindingCode.TUMOR_CANAL_COMPROMISE;

import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.Etiology;

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

  static Verdict level(Level at) {
    Boolean compromise = at.fracture().canalCompromiseByTumor();
    Etiology etiology = at.fracture().etiology();
    if (Boolean.TRUE.equals(compromise)) {
      return Verdict.met(at.finding(TUMOR_CANAL_COMPROMISE, "Spinal canal compromise by tumour at " + at.which()
          + (etiology == Etiology.UNKNOWN ? "" : " (etiology " + Words.lower(etiology) + ")") + "."));
    }
    boolean tumour = etiology == Etiology.MALIGNANCY || etiology == Etiology.HEMANGIOMA;
    if (compromise == null && tumour) {
      return Verdict.unknown(at.finding(CANAL_COMPROMISE_BY_TUMOR, "Whether tumour compromises the spinal canal at "
          + at.which() + " is not recorded; canal compromise by tumour is a contraindication."));
    }
    return compromise == null && etiology == Etiology.UNKNOWN ? Verdict.UNKNOWN : Verdict.NOT_MET;
  }
}
