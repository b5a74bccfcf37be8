package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.VERTEBRA_PLANA;

import org.vapath.core.KnowledgePack;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Threshold;

/**
 * Caution per level [NASS-NEO-2025; institutional default]: height loss of
 * {@code vertebraPlana.heightLossFromPercent} or more is flagged as vertebra plana. No source defines
 * vertebra plana by a figure: NASS's favourable profile has less than 80% height loss.
 */
final class VertebraPlana {
  static final CriterionInfo INFO = CriterionInfo.of("Vertebra plana",
      "Is the height loss at the level so great that the vertebra is nearly flat?", "fractures[].heightLossPercent")
      .comparesWith(KnowledgePack.VERTEBRA_PLANA)
      .emits(VERTEBRA_PLANA);

  private final Threshold from;

  VertebraPlana(KnowledgePack pack) {
    this.from = pack.threshold(KnowledgePack.VERTEBRA_PLANA);
  }

  Verdict level(Level at) {
    Double loss = at.fracture().heightLossPercent();
    if (loss == null) {
      return Verdict.UNKNOWN;
    }
    if (loss < from.value()) {
      return Verdict.NOT_MET;
    }
    return Verdict.met(at.finding(VERTEBRA_PLANA, "Height loss of " + Words.number(loss) + "% at " + at.which()
        + " (" + Words.number(from.value()) + "% or more, an institutional flag): vertebra plana is excluded by"
        + " eviCore, and NASS's favourable profile has less than 80% height loss.", from.source()));
  }
}
