package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.PAIN_STATUS_TO_VERIFY;

import java.time.LocalDate;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.Pain;
import org.vapath.core.model.PainStatus;

/**
 * A general pain score (0-10) recorded without a pain status, e.g. at a routine visit. It may
 * suggest that pain is ongoing, never decide against the patient: a positive score taken within
 * {@code pain.scoreValidityDays} before the assessment reads as ongoing pain (met); a score of 0, or
 * an older or undated score, leaves the status unknown and asks for it (case-format.md, version 2
 * rulings, "General pain score"). A stated pain status always wins (not met: the score is not read).
 */
final class PainScores {
  static final CriterionInfo INFO = CriterionInfo.of("Pain from a general pain score",
      "Does a recent positive pain score, with no pain status, say that pain is ongoing?",
      "pain.nrs", "pain.nrsDate", "pain.status")
      .comparesWith(KnowledgePack.PAIN_SCORE_VALIDITY_DAYS)
      .emits(PAIN_STATUS_TO_VERIFY);

  private PainScores() {
  }

  /** The case as the rules read it: a recent positive score without a status stands for ongoing pain. */
  static Case effective(Case kase, KnowledgePack pack) {
    Pain pain = kase.pain();
    if (!suggestsOngoing(kase, pack)) {
      return kase;
    }
    return kase.withPain(new Pain(PainStatus.ONGOING, pain.nrs(), pain.onset(), pain.nrsDate()));
  }

  /** The verdict on the recorded case: unknown, to verify, when a score is the only word on pain and says nothing. */
  static Verdict evaluate(Case recorded, KnowledgePack pack) {
    Pain pain = recorded.pain();
    if (pain.status() != null || pain.nrs() == null) {
      return Verdict.NOT_MET;
    }
    if (suggestsOngoing(recorded, pack)) {
      return Verdict.MET;
    }
    String score = "A general pain score of " + Words.number(pain.nrs()) + "/10"
        + (pain.nrsDate() == null ? "" : " on " + pain.nrsDate());
    String why = pain.nrs() == 0 ? " does not say that the fracture is painless"
        : " is not recent enough to say that the fracture hurts now";
    return Verdict.unknown(Finding.patient(PAIN_STATUS_TO_VERIFY, score + why + ": ask the patient whether the"
        + " fracture is painful now."));
  }

  private static boolean suggestsOngoing(Case kase, KnowledgePack pack) {
    Pain pain = kase.pain();
    if (pain.status() != null || pain.nrs() == null || pain.nrs() <= 0 || pain.nrsDate() == null) {
      return false;
    }
    int days = (int) pack.threshold(KnowledgePack.PAIN_SCORE_VALIDITY_DAYS).value();
    LocalDate taken = pain.nrsDate();
    return !taken.isAfter(kase.assessedOn()) && !taken.isBefore(kase.assessedOn().minusDays(days));
  }
}
