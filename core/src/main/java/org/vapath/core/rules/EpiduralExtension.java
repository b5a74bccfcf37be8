package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.EPIDURAL_EXTENSION;

import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;

/**
 * Caution per level [EVICORE-607, NASS-NEO-2025]: epidural tumour extension (stenosis was the most
 * important variable of the NASS neoplastic criteria; eviCore excludes cord compression).
 */
final class EpiduralExtension {
  static final CriterionInfo INFO = CriterionInfo.of("Epidural extension",
      "Does tumour extend into the epidural space at the level?", "fractures[].epiduralExtension")
      .emits(EPIDURAL_EXTENSION);

  private EpiduralExtension() {
  }

  static Verdict level(Level at) {
    Boolean extension = at.fracture().epiduralExtension();
    if (extension == null) {
      return Verdict.UNKNOWN;
    }
    return extension ? Verdict.met(at.finding(EPIDURAL_EXTENSION, "Epidural tumour extension at " + at.which()
        + ": spinal stenosis was the most important variable for cement augmentation in the NASS neoplastic"
        + " criteria, and severe stenosis calls for a surgical opinion.")) : Verdict.NOT_MET;
  }
}
