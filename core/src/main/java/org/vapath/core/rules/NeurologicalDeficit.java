package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.NEUROLOGICAL_DEFICIT;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;

/**
 * Caution for the patient [LCD-SUM, LCD-RUBRIC (confirm)]: myelopathy or radiculopathy on examination
 * is a relative contraindication of the payers (neurological deficit, neural impingement). Never
 * changes the decision; an examination not recorded is asked by {@link NeuroExam}.
 */
final class NeurologicalDeficit {
  static final CriterionInfo INFO = CriterionInfo.of("Neurological deficit",
      "Does the examination find myelopathy or radiculopathy?", "neuro.myelopathy", "neuro.radiculopathy")
      .emits(NEUROLOGICAL_DEFICIT);

  private NeurologicalDeficit() {
  }

  static Verdict evaluate(Case kase) {
    if (kase.neuro().anySignPresent()) {
      return Verdict.met(Finding.patient(NEUROLOGICAL_DEFICIT, NeuroExam.signs(kase) + " on examination: a"
          + " neurological deficit is a relative contraindication of the payers; MRI shows the extent of nerve and"
          + " cord compromise."));
    }
    return kase.neuro().myelopathy() == null || kase.neuro().radiculopathy() == null ? Verdict.UNKNOWN
        : Verdict.NOT_MET;
  }
}
