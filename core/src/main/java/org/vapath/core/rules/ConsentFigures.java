package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.ExpectedBenefit;
import org.vapath.core.assessment.Risk;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Sources;
import org.vapath.core.knowledge.Complication;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.SpineRegion;

/**
 * Complication risk and expected benefit for consent [REF]: the figures of the worst etiology among
 * the treatable levels (by the pack's rank: malignancy over hemangioma over osteoporosis), and
 * {@code null} with an explanation where the sources publish none.
 */
final class ConsentFigures {
  static final CriterionInfo INFO = CriterionInfo.of("Figures for consent",
      "What complication risk and pain relief apply to the worst cause among the treatable levels?",
      "fractures[].etiology", "fractures[].level")
      .cites(Sources.REF);

  private ConsentFigures() {
  }

  static Risk risk(KnowledgePack pack, FractureStates fractures) {
    Etiology worst = worstEtiology(pack, fractures);
    List<Complication> complications = complications(pack, fractures);
    if (worst == null) {
      return new Risk(null, null, List.of(), "No level is a candidate for treatment, so no complication rate"
          + " applies.", Sources.REF);
    }
    EtiologyFacts facts = pack.etiology(worst);
    String etiology = Words.lower(worst);
    if (facts.complicationRatePercent() == null) {
      return new Risk(null, etiology, codes(complications), "No complication rate is published in the knowledge base"
          + " for "
          + etiology + "-related fractures.", facts.source());
    }
    return new Risk(facts.complicationRatePercent(), etiology, codes(complications), "About "
        + Words.number(facts.complicationRatePercent()) + "% of patients with " + etiology + "-related fractures"
        + " have a complication" + thoracicOnlyLeftOut(pack, complications) + ".", facts.source());
  }

  static ExpectedBenefit benefit(KnowledgePack pack, FractureStates fractures) {
    Etiology worst = worstEtiology(pack, fractures);
    if (worst == null) {
      return new ExpectedBenefit(null, null, "No level is a candidate for treatment.", Sources.REF);
    }
    EtiologyFacts facts = pack.etiology(worst);
    String etiology = Words.lower(worst);
    if (facts.painReliefPercent() == null) {
      return new ExpectedBenefit(null, etiology, "No figure for pain relief is published in the knowledge base for "
          + etiology + "-related fractures.", facts.source());
    }
    double low = facts.painReliefPercent().low();
    double high = facts.painReliefPercent().high();
    String range = low == high ? Words.number(low) + "%" : Words.number(low) + "-" + Words.number(high) + "%";
    return new ExpectedBenefit(facts.painReliefPercent(), etiology, "Successful pain relief and/or improved mobility"
        + " in about " + range + " of patients with " + etiology + "-related fractures.", facts.source());
  }

  private static Etiology worstEtiology(KnowledgePack pack, FractureStates fractures) {
    Etiology worst = null;
    for (int index : fractures.treatableIndexes()) {
      Etiology etiology = fractures.get(index).etiology();
      if (worst == null || pack.etiology(etiology).riskRank() > pack.etiology(worst).riskRank()) {
        worst = etiology;
      }
    }
    return worst;
  }

  /** "; pneumothorax concerns thoracic levels only and none is treated", for the pack's thoracic-only ones left out. */
  private static String thoracicOnlyLeftOut(KnowledgePack pack, List<Complication> named) {
    List<String> left = new ArrayList<>(1);
    for (Complication complication : pack.complications()) {
      if (complication.thoracicOnly() && !named.contains(complication)) {
        left.add(complication.name());
      }
    }
    return left.isEmpty() ? "" : "; " + Words.joinAnd(left) + (left.size() == 1 ? " concerns" : " concern")
        + " thoracic levels only and none is treated";
  }

  private static List<String> codes(List<Complication> complications) {
    List<String> codes = new ArrayList<>(complications.size());
    for (Complication complication : complications) {
      codes.add(complication.code());
    }
    return codes;
  }

  /** The complications to name; thoracic-only ones when a thoracic level, or a level not recorded, is treated. */
  private static List<Complication> complications(KnowledgePack pack, FractureStates fractures) {
    boolean thoracic = false;
    for (int index : fractures.treatableIndexes()) {
      Fracture fracture = fractures.get(index);
      thoracic |= fracture.level() == null || fracture.level().region() == SpineRegion.THORACIC;
    }
    List<Complication> named = new ArrayList<>();
    for (Complication complication : pack.complications()) {
      if (!complication.thoracicOnly() || thoracic) {
        named.add(complication);
      }
    }
    return named;
  }
}
