package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.SINS_POTENTIALLY_UNSTABLE;
import static org.vapath.core.catalogue.FindingCode.SINS_UNSTABLE;

import org.vapath.core.KnowledgePack;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Threshold;

/**
 * Caution per level [SINS-2010]: a spinal instability neoplastic score of 7-12 (potentially unstable)
 * or 13-18 (unstable); a surgical opinion is recommended from 7. The total wins when given; with a
 * component unknown the score is unknown.
 */
final class SpinalInstability {
  static final CriterionInfo INFO = CriterionInfo.of("Spinal instability (SINS)",
      "Is the level potentially unstable or unstable by its SINS?", "fractures[].sins")
      .comparesWith(KnowledgePack.SINS_POTENTIALLY_UNSTABLE, KnowledgePack.SINS_UNSTABLE)
      .emits(SINS_POTENTIALLY_UNSTABLE, SINS_UNSTABLE);

  private final Threshold potentially;
  private final Threshold unstable;

  SpinalInstability(KnowledgePack pack) {
    this.potentially = pack.threshold(KnowledgePack.SINS_POTENTIALLY_UNSTABLE);
    this.unstable = pack.threshold(KnowledgePack.SINS_UNSTABLE);
  }

  Verdict level(Level at) {
    Integer score = at.fracture().sins() == null ? null : at.fracture().sins().score();
    if (score == null) {
      return Verdict.UNKNOWN;
    }
    if (score >= unstable.value()) {
      return Verdict.met(at.finding(SINS_UNSTABLE, "SINS " + score + " at " + at.which() + " (" + range(unstable)
          + "): unstable; surgical consultation."));
    }
    if (score >= potentially.value()) {
      return Verdict.met(at.finding(SINS_POTENTIALLY_UNSTABLE, "SINS " + score + " at " + at.which() + " ("
          + Words.number(potentially.value()) + "-" + Words.number(unstable.value() - 1) + "): potentially unstable;"
          + " a surgical opinion is recommended."));
    }
    return Verdict.NOT_MET;
  }

  private static String range(Threshold from) {
    return Words.number(from.value()) + "-18";
  }
}
