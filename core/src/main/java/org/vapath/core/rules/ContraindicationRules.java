package org.vapath.core.rules;

import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.knowledge.CementIngredient;
import org.vapath.core.knowledge.Names;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.TherapyResponse;

/**
 * The seven contraindications of the reference [REF]: five for the whole patient (asymptomatic,
 * improving with medical therapy, active infection, uncorrectable coagulopathy, cement allergy)
 * and three per level (a painless level, retropulsion with myelopathy, canal compromise by tumour).
 * Only a known fact triggers one; unknown facts are for {@link ScreeningFacts}.
 */
final class ContraindicationRules {
  static final String ASYMPTOMATIC = "ASYMPTOMATIC";
  static final String IMPROVING = "IMPROVING_WITH_MEDICAL_THERAPY";
  static final String ACTIVE_INFECTION = "ACTIVE_INFECTION";
  static final String RETROPULSION_WITH_MYELOPATHY = "RETROPULSION_WITH_MYELOPATHY";
  static final String TUMOR_CANAL_COMPROMISE = "TUMOR_CANAL_COMPROMISE";
  static final String UNCORRECTABLE_COAGULOPATHY = "UNCORRECTABLE_COAGULOPATHY";
  static final String CEMENT_ALLERGY = "CEMENT_ALLERGY";
  private static final String REF = "REF";

  private final List<CementIngredient> ingredients;

  ContraindicationRules(KnowledgePack pack) {
    this.ingredients = pack.cementIngredients();
  }

  void apply(Case kase, Findings findings) {
    List<Finding> out = findings.contraindications;
    PainStatus pain = kase.pain().status();
    if (pain == PainStatus.NONE || pain == PainStatus.RESOLVED) {
      out.add(Finding.patient(ASYMPTOMATIC, "Pain status is " + Words.lower(pain)
          + ": the compression fracture is asymptomatic.", REF));
    }
    if (kase.medicalTherapy().status() == TherapyResponse.IMPROVING) {
      String since = kase.medicalTherapy().since() == null ? "" : " (since " + kase.medicalTherapy().since() + ")";
      out.add(Finding.patient(IMPROVING, "Pain is improving with medical therapy" + since + ".", REF));
    }
    if (kase.infection().status() != null && kase.infection().status().isCurrent()) {
      out.add(Finding.patient(ACTIVE_INFECTION, "Infection status is " + Words.lower(kase.infection().status())
          + ": a current " + (kase.infection().status() == InfectionStatus.LOCAL ? "localized" : "systemic")
          + " infection.", REF));
    }
    if (kase.coagulopathy().status() == CoagulopathyStatus.UNCORRECTABLE) {
      out.add(Finding.patient(UNCORRECTABLE_COAGULOPATHY,
          "The coagulopathy is judged uncorrectable, whatever the laboratory values.", REF));
    }
    cementAllergies(kase, out);
    for (int i = 0; i < kase.fracturesOrNone().size(); i++) {
      level(kase, i, out);
    }
  }

  private void cementAllergies(Case kase, List<Finding> out) {
    if (kase.allergies() == null) {
      return;
    }
    for (String allergy : kase.allergies()) {
      CementIngredient ingredient = ingredientIn(allergy);
      if (ingredient != null) {
        out.add(Finding.patient(CEMENT_ALLERGY, "Allergy recorded as \"" + allergy + "\": " + ingredient.name()
            + " is a bone cement ingredient (" + ingredient.role() + ").", "REF; PMMA"));
      }
    }
  }

  private CementIngredient ingredientIn(String allergy) {
    String text = Names.normalise(allergy);
    for (CementIngredient ingredient : ingredients) {
      for (String synonym : ingredient.synonyms()) {
        if (Names.containsPhrase(text, synonym)) {
          return ingredient;
        }
      }
    }
    return null;
  }

  private static void level(Case kase, int index, List<Finding> out) {
    Fracture fracture = kase.fracturesOrNone().get(index);
    String level = fracture.levelName();
    String which = Words.fracture(level, index);
    if (Boolean.FALSE.equals(fracture.painGenerator())) {
      out.add(Finding.fracture(ASYMPTOMATIC, index, level, "Examination finds " + which
          + " not concordant with the pain: an asymptomatic fracture, excluded from treatment.", REF));
    }
    if (Boolean.TRUE.equals(fracture.retropulsion()) && Boolean.TRUE.equals(kase.neuro().myelopathy())) {
      out.add(Finding.fracture(RETROPULSION_WITH_MYELOPATHY, index, level, "Retropulsed bony fragments at "
          + which + " with myelopathy on examination.", REF));
    }
    if (Boolean.TRUE.equals(fracture.canalCompromiseByTumor())) {
      out.add(Finding.fracture(TUMOR_CANAL_COMPROMISE, index, level, "Spinal canal compromise by tumour at "
          + which + (fracture.etiology() == Etiology.UNKNOWN ? "" : " (etiology "
          + Words.lower(fracture.etiology()) + ")") + ".", REF));
    }
  }
}
