package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.BIOPSY_AT_AUGMENTATION;
import static org.vapath.core.catalogue.FindingCode.RADIATION_ONCOLOGY_OPINION;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Status;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;

/**
 * Follow-up of a fracture that is or may be malignant, whatever the decision: a radiation oncology
 * opinion for every malignant fracture [NASS-NEO-2025]; a biopsy at the time of augmentation for a
 * malignant fracture or one of unknown cause at a level augmentation treats, not sacral (an institutional
 * default: no guideline read says so).
 */
final class OncologyFollowUp {
  static final CriterionInfo INFO = CriterionInfo.of("Oncology follow-up",
      "Does a malignant fracture, or one of unknown cause, call for a radiation oncology opinion or a biopsy?",
      "fractures[].etiology")
      .emits(RADIATION_ONCOLOGY_OPINION, BIOPSY_AT_AUGMENTATION);

  /** The levels the findings name; the sentences are the same for every case with the same levels. */
  private record Levels(List<String> malignant, List<String> biopsy) {
  }

  private final Memo<Levels, Verdict> verdicts = new Memo<>(1024, OncologyFollowUp::verdict);


  Verdict evaluate(Case kase) {
    List<String> malignant = new ArrayList<>(1);
    List<String> biopsy = new ArrayList<>(1);
    List<Fracture> fractures = kase.fracturesOrNone();
    for (int i = 0; i < fractures.size(); i++) {
      Etiology etiology = fractures.get(i).etiology();
      String level = fractures.get(i).levelName() == null ? "fracture #" + (i + 1) : fractures.get(i).levelName();
      if (etiology == Etiology.MALIGNANCY) {
        malignant.add(level);
      }
      // The biopsy is taken through the augmentation's access: a sacral level is not augmented.
      if ((etiology == Etiology.MALIGNANCY || etiology == Etiology.UNKNOWN) && !fractures.get(i).sacral()) {
        biopsy.add(level);
      }
    }
    if (malignant.isEmpty() && biopsy.isEmpty()) {
      return Verdict.NOT_MET;
    }
    return verdicts.get(new Levels(malignant, biopsy));
  }

  private static Verdict verdict(Levels levels) {
    List<String> malignant = levels.malignant();
    List<String> biopsy = levels.biopsy();
    List<Finding> items = new ArrayList<>(2);
    if (!malignant.isEmpty()) {
      items.add(Finding.patient(RADIATION_ONCOLOGY_OPINION, "A malignant fracture (" + Words.joinAnd(malignant)
          + "): a radiation oncology opinion is recommended; radiation therapy should always be considered, and"
          + " multidisciplinary planning is essential."));
    }
    if (!biopsy.isEmpty()) {
      items.add(Finding.patient(BIOPSY_AT_AUGMENTATION, "A fracture that is malignant or of unknown cause ("
          + Words.joinAnd(biopsy) + "): consider a bone biopsy at the time of augmentation (the augmentation codes"
          + " include it when performed)."));
    }
    return new Verdict(Status.MET, items);
  }
}
