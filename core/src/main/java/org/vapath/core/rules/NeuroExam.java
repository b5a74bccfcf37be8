package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.NEURO_EXAM;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;

/**
 * The neurological examination [REF]: myelopathy and radiculopathy decide whether CT or MRI is
 * required ({@link CrossSectionalImaging}), and myelopathy with retropulsion is a contraindication
 * ({@link RetropulsionWithMyelopathy}). Met when both are recorded; unknown, to verify, otherwise.
 */
final class NeuroExam {
  static final CriterionInfo INFO = CriterionInfo.of("Neurological examination",
      "Are myelopathy and radiculopathy recorded?", "neuro.myelopathy", "neuro.radiculopathy")
      .emits(NEURO_EXAM);

  private NeuroExam() {
  }

  /** {@code retropulsionOpen}: whether a candidate level's retropulsion verdict waits on the examination. */
  static Verdict evaluate(Case kase, boolean retropulsionOpen) {
    List<String> unknown = new ArrayList<>(2);
    if (kase.neuro().myelopathy() == null) {
      unknown.add("myelopathy");
    }
    if (kase.neuro().radiculopathy() == null) {
      unknown.add("radiculopathy");
    }
    if (unknown.isEmpty()) {
      return Verdict.MET;
    }
    String basis = "Examination for " + Words.joinAnd(unknown) + " is not recorded; with signs, CT or MRI is"
        + " required before deciding";
    if (unknown.contains("myelopathy") && retropulsionOpen) {
      basis += ", and retropulsion with myelopathy is a contraindication";
    }
    return Verdict.unknown(Finding.patient(NEURO_EXAM, basis + "."));
  }

  /** "Myelopathy", "Radiculopathy" or both: the signs found, for a sentence that begins with them. */
  static String signs(Case kase) {
    boolean myelopathy = Boolean.TRUE.equals(kase.neuro().myelopathy());
    boolean radiculopathy = Boolean.TRUE.equals(kase.neuro().radiculopathy());
    if (myelopathy && radiculopathy) {
      return "Myelopathy and radiculopathy";
    }
    return myelopathy ? "Myelopathy" : "Radiculopathy";
  }
}
