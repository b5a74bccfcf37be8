package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.ALLERGIES;
import static org.vapath.core.catalogue.FindingCode.CEMENT_ALLERGY;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Status;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.CementIngredient;
import org.vapath.core.knowledge.Names;

/**
 * Contraindication [REF, PMMA]: an allergy to a bone cement ingredient, recognised by the pack's
 * names of each ingredient in the allergy list's free text. Allergies not recorded: to verify.
 */
final class CementAllergy {
  static final CriterionInfo INFO = CriterionInfo.of("Allergy to a bone cement ingredient",
      "Does an allergy name an ingredient of the bone cement?", "allergies[]")
      .emits(CEMENT_ALLERGY, ALLERGIES);

  private final List<CementIngredient> ingredients;

  CementAllergy(KnowledgePack pack) {
    this.ingredients = pack.cementIngredients();
  }

  Verdict evaluate(Case kase) {
    if (kase.allergies() == null) {
      return Verdict.unknown(Finding.patient(ALLERGIES, "Allergies are not recorded (an empty list would say none);"
          + " an allergy to a bone cement ingredient is a contraindication."));
    }
    List<Finding> found = new ArrayList<>(1);
    for (String allergy : kase.allergies()) {
      CementIngredient ingredient = ingredientIn(allergy);
      if (ingredient != null) {
        found.add(Finding.patient(CEMENT_ALLERGY, "Allergy recorded as \"" + allergy + "\": " + ingredient.name()
            + " is a bone cement ingredient (" + ingredient.role() + ")."));
      }
    }
    return found.isEmpty() ? Verdict.NOT_MET : new Verdict(Status.MET, found);
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
}
