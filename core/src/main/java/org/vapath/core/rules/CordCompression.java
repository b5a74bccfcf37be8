package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.HIGH_GRADE_CORD_COMPRESSION;

import org.vapath.core.KnowledgePack;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.BilskyScale;
import org.vapath.core.model.BilskyGrade;

/**
 * Caution per level [BILSKY-2010]: high-grade epidural spinal cord compression (Bilsky 2 or 3). It does
 * not by itself set canal compromise by tumour, which is the contraindication's own fact.
 */
final class CordCompression {
  static final CriterionInfo INFO = CriterionInfo.of("Epidural cord compression (Bilsky)",
      "Is the epidural spinal cord compression at the level high-grade?", "fractures[].bilskyGrade")
      .emits(HIGH_GRADE_CORD_COMPRESSION);

  private final BilskyScale scale;

  CordCompression(KnowledgePack pack) {
    this.scale = pack.bilsky();
  }

  Verdict level(Level at) {
    BilskyGrade grade = at.fracture().bilskyGrade();
    if (grade == null) {
      return Verdict.UNKNOWN;
    }
    return scale.isHighGrade(grade) ? Verdict.met(at.finding(HIGH_GRADE_CORD_COMPRESSION, "Bilsky grade "
        + grade.wire() + " at " + at.which() + ": high-grade epidural spinal cord compression; record whether tumour"
        + " compromises the spinal canal, a contraindication.")) : Verdict.NOT_MET;
  }
}
