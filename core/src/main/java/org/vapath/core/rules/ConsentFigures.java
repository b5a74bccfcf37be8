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

  private final KnowledgePack pack;
  /** The complications to name when a thoracic level (or one not recorded) is treated, and when none is. */
  private final List<String> withThoracic;
  private final List<String> withoutThoracic;
  /** "; pneumothorax concerns thoracic levels only and none is treated": the pack's thoracic-only ones. */
  private final String thoracicLeftOut;

  ConsentFigures(KnowledgePack pack) {
    this.pack = pack;
    List<String> all = new ArrayList<>();
    List<String> notThoracic = new ArrayList<>();
    List<String> thoracicNames = new ArrayList<>(1);
    for (Complication complication : pack.complications()) {
      all.add(complication.code());
      if (complication.thoracicOnly()) {
        thoracicNames.add(complication.name());
      } else {
        notThoracic.add(complication.code());
      }
    }
    this.withThoracic = List.copyOf(all);
    this.withoutThoracic = List.copyOf(notThoracic);
    this.thoracicLeftOut = thoracicNames.isEmpty() ? "" : "; " + Words.joinAnd(thoracicNames)
        + (thoracicNames.size() == 1 ? " concerns" : " concern") + " thoracic levels only and none is treated";
  }

  Risk risk(FractureStates fractures) {
    Etiology worst = worstEtiology(fractures);
    if (worst == null) {
      return new Risk(null, null, List.of(), "No level is a candidate for treatment, so no complication rate"
          + " applies.", Sources.REF);
    }
    boolean thoracic = thoracicTreated(fractures);
    List<String> complications = thoracic ? withThoracic : withoutThoracic;
    EtiologyFacts facts = pack.etiology(worst);
    String etiology = Words.lower(worst);
    if (facts.complicationRatePercent() == null) {
      return new Risk(null, etiology, complications, "No complication rate is published in the knowledge base for "
          + etiology + "-related fractures.", facts.source());
    }
    return new Risk(facts.complicationRatePercent(), etiology, complications, "About "
        + Words.number(facts.complicationRatePercent()) + "% of patients with " + etiology + "-related fractures"
        + " have a complication" + (thoracic ? "" : thoracicLeftOut) + ".", facts.source());
  }

  ExpectedBenefit benefit(FractureStates fractures) {
    Etiology worst = worstEtiology(fractures);
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

  private Etiology worstEtiology(FractureStates fractures) {
    Etiology worst = null;
    for (int index : fractures.treatableIndexes()) {
      Etiology etiology = fractures.get(index).etiology();
      if (worst == null || pack.etiology(etiology).riskRank() > pack.etiology(worst).riskRank()) {
        worst = etiology;
      }
    }
    return worst;
  }

  /** Whether a thoracic level, or a level not recorded, is treated. */
  private static boolean thoracicTreated(FractureStates fractures) {
    for (int index : fractures.treatableIndexes()) {
      Fracture fracture = fractures.get(index);
      if (fracture.level() == null || fracture.level().region() == SpineRegion.THORACIC) {
        return true;
      }
    }
    return false;
  }
}
