package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.MEDICATIONS;
import static org.vapath.core.catalogue.FindingCode.MEDICATION_UNRESOLVED;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Status;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.Medication;

/**
 * The current medications, read whole [SIR-HEM-2019]: anticoagulants and antiplatelets must be held,
 * so a list not recorded, or a medication that names no drug, is to verify (and gets no hold plan).
 */
final class MedicationsRecorded {
  static final CriterionInfo INFO = CriterionInfo.of("Current medications",
      "Are the current medications recorded, each naming its drug?", "medications[].name", "medications[].record")
      .emits(MEDICATIONS, MEDICATION_UNRESOLVED);

  private MedicationsRecorded() {
  }

  static Verdict evaluate(Case kase) {
    if (kase.medications() == null) {
      return Verdict.unknown(Finding.patient(MEDICATIONS, "Current medications are not recorded (an empty list would"
          + " say none); anticoagulants and antiplatelets must be held before the procedure."));
    }
    List<Finding> unresolved = null;
    for (Medication medication : kase.medications()) {
      if (!medication.identified()) {
        unresolved = unresolved == null ? new ArrayList<>(1) : unresolved;
        unresolved.add(Finding.patient(MEDICATION_UNRESOLVED, "A current medication (" + medication.record()
            + ") names no drug that can be read: check whether it is an anticoagulant or antiplatelet; it gets no"
            + " hold plan."));
      }
    }
    return unresolved == null ? Verdict.MET : new Verdict(Status.UNKNOWN, unresolved);
  }
}
