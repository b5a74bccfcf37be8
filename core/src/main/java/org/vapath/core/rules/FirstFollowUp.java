package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.FIRST_FOLLOW_UP;

import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;

/**
 * The first follow-up visit after the procedure, at the care pathway's interval [HIRSCH-2018]: 2-4
 * weeks, with bone density evaluation and osteoporosis treatment. Only when the decision is indicated.
 */
final class FirstFollowUp {
  static final CriterionInfo INFO = CriterionInfo.of("First follow-up",
      "When is the first follow-up visit after an indicated procedure?", "decision")
      .comparesWith(KnowledgePack.FOLLOW_UP_FROM_DAYS, KnowledgePack.FOLLOW_UP_TO_DAYS)
      .emits(FIRST_FOLLOW_UP);

  private final Verdict visit;
  private final Verdict visitWithBoneHealth;

  FirstFollowUp(KnowledgePack pack) {
    String from = Words.number(pack.threshold(KnowledgePack.FOLLOW_UP_FROM_DAYS).value());
    String to = Words.number(pack.threshold(KnowledgePack.FOLLOW_UP_TO_DAYS).value());
    String source = pack.threshold(KnowledgePack.FOLLOW_UP_FROM_DAYS).source();
    // Sentences for every indicated case: built once per pack.
    String see = "See the patient " + from + " to " + to + " days after the procedure (the care pathway's visit at 2-4"
        + " weeks)";
    this.visit = Verdict.met(Finding.patient(FIRST_FOLLOW_UP, see + ".", source));
    this.visitWithBoneHealth = Verdict.met(Finding.patient(FIRST_FOLLOW_UP, see + ", including bone density"
        + " evaluation and osteoporosis treatment.", source));
  }

  /** {@code boneHealth}: whether a fracture is osteoporotic or of unknown cause, so the visit sees to bone health. */
  Verdict evaluate(Decision decision, boolean boneHealth) {
    if (decision != Decision.INDICATED) {
      return Verdict.NOT_MET;
    }
    return boneHealth ? visitWithBoneHealth : visit;
  }
}
