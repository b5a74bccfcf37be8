package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.Collections;
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
 * the treatable levels that has one (by the pack's rank: malignancy over hemangioma over osteoporosis),
 * with a note naming any treatable etiology without a published figure (case-format.md, version 2);
 * {@code null} with an explanation where the sources publish none for any treated etiology.
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

  /** The etiologies treated, worst first, and whether a thoracic level is: all the consent figures depend on. */
  private record Treated(List<Etiology> etiologies, boolean thoracic) {
  }

  /** The complication risk and the expected benefit for consent, given together. */
  record Figures(Risk risk, ExpectedBenefit benefit) {
  }

  /**
   * The figures of each combination of treated etiologies, worked out once: there are few combinations, and
   * writing their sentences anew was a tenth of an assessment's time. Risk and benefit are immutable.
   */
  private final Memo<Treated, Figures> figures = new Memo<>(1024,
      key -> new Figures(risk(key.etiologies(), key.thoracic()), benefit(key.etiologies())));

  Figures of(FractureStates fractures) {
    List<Etiology> treated = treatedEtiologies(fractures);
    return figures.get(new Treated(treated, !treated.isEmpty() && thoracicTreated(fractures)));
  }

  private Risk risk(List<Etiology> treated, boolean thoracic) {
    if (treated.isEmpty()) {
      return new Risk(null, null, List.of(), "No level is a candidate for treatment, so no complication rate"
          + " applies.", Sources.REF);
    }
    List<String> complications = thoracic ? withThoracic : withoutThoracic;
    Etiology figured = worstWith(treated, true);
    if (figured == null) {
      Etiology worst = treated.get(0);
      return new Risk(null, Words.lower(worst), complications, "No complication rate is published in the knowledge"
          + " base for " + Words.lower(worst) + "-related fractures.", pack.etiology(worst).source());
    }
    EtiologyFacts facts = pack.etiology(figured);
    String etiology = Words.lower(figured);
    return new Risk(facts.complicationRatePercent(), etiology, complications, "About "
        + Words.number(facts.complicationRatePercent()) + "% of patients with " + etiology + "-related fractures"
        + " have a complication" + (thoracic ? "" : thoracicLeftOut) + "." + unpublished(treated, true, "complication"
        + " rate"), facts.source());
  }

  private ExpectedBenefit benefit(List<Etiology> treated) {
    if (treated.isEmpty()) {
      return new ExpectedBenefit(null, null, "No level is a candidate for treatment.", Sources.REF);
    }
    Etiology figured = worstWith(treated, false);
    if (figured == null) {
      Etiology worst = treated.get(0);
      return new ExpectedBenefit(null, Words.lower(worst), "No figure for pain relief is published in the knowledge"
          + " base for " + Words.lower(worst) + "-related fractures.", pack.etiology(worst).source());
    }
    EtiologyFacts facts = pack.etiology(figured);
    String etiology = Words.lower(figured);
    double low = facts.painReliefPercent().low();
    double high = facts.painReliefPercent().high();
    String range = low == high ? Words.number(low) + "%" : Words.number(low) + "-" + Words.number(high) + "%";
    return new ExpectedBenefit(facts.painReliefPercent(), etiology, "Successful pain relief and/or improved mobility"
        + " in about " + range + " of patients with " + etiology + "-related fractures."
        + unpublished(treated, false, "pain relief figure"), facts.source());
  }

  /** The etiologies of the treatable levels, worst first by the pack's rank; never changed once returned. */
  private List<Etiology> treatedEtiologies(FractureStates fractures) {
    List<Etiology> treated = new ArrayList<>(2);
    for (int index : fractures.treatableIndexes()) {
      Etiology etiology = fractures.get(index).etiology();
      if (!treated.contains(etiology)) {
        treated.add(etiology);
      }
    }
    treated.sort((a, b) -> pack.etiology(b).riskRank() - pack.etiology(a).riskRank());
    return Collections.unmodifiableList(treated);
  }

  /** The worst etiology that has a figure (a complication rate, or a pain-relief figure), or {@code null}. */
  private Etiology worstWith(List<Etiology> treated, boolean rate) {
    for (Etiology etiology : treated) {
      EtiologyFacts facts = pack.etiology(etiology);
      if (rate ? facts.complicationRatePercent() != null : facts.painReliefPercent() != null) {
        return etiology;
      }
    }
    return null;
  }

  /** " No complication rate is published ... for hemangioma-related fractures, also treated.", or "". */
  private String unpublished(List<Etiology> treated, boolean rate, String what) {
    List<String> without = new ArrayList<>(1);
    for (Etiology etiology : treated) {
      EtiologyFacts facts = pack.etiology(etiology);
      if (rate ? facts.complicationRatePercent() == null : facts.painReliefPercent() == null) {
        without.add(Words.lower(etiology) + "-related fractures");
      }
    }
    return without.isEmpty() ? "" : " No " + what + " is published in the knowledge base for "
        + Words.joinAnd(without) + ", also treated.";
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
