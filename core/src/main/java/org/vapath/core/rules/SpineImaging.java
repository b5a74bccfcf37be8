package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.ORDER_SPINE_RADIOGRAPH;
import static org.vapath.core.catalogue.FindingCode.SPINE_RADIOGRAPH;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;

/** Required fact and work-up [REF]: imaging that documents the compression deformity, a radiograph at minimum. */
final class SpineImaging {
  static final CriterionInfo INFO = CriterionInfo.of("Imaging of the deformity",
      "Does a radiograph, CT or MRI document the compression deformity?", "imaging[]")
      .emits(SPINE_RADIOGRAPH, ORDER_SPINE_RADIOGRAPH);

  private SpineImaging() {
  }

  static Verdict evaluate(Case kase) {
    if (!kase.imaging().isEmpty()) {
      return Verdict.MET;
    }
    return Verdict.unknown(
        Finding.patient(SPINE_RADIOGRAPH, "No radiograph, CT or MRI documents the compression deformity; at minimum"
            + " a radiograph of the vertebra in question is required."),
        Finding.patient(ORDER_SPINE_RADIOGRAPH, "At minimum a radiograph of the vertebra in question, to document"
            + " the compression deformity; none is recorded."));
  }
}
