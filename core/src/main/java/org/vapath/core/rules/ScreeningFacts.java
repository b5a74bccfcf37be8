package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.Medication;

/**
 * Screening facts (case-format.md): each one unknown is a {@code toVerify} finding that does not
 * block the decision but must be checked, because it would be a contraindication if present.
 */
final class ScreeningFacts {
  private static final String REF = "REF";

  private ScreeningFacts() {
  }

  static void apply(Case kase, FractureStates fractures, Findings findings) {
    List<Finding> out = findings.toVerify;
    if (kase.medicalTherapy().status() == null) {
      out.add(Finding.patient("MEDICAL_THERAPY_RESPONSE", "The response of the pain to medical therapy is not"
          + " recorded; pain improving with medical therapy is a contraindication.", REF));
    }
    if (kase.infection().status() == null) {
      out.add(Finding.patient("INFECTION_STATUS", "The infection status is not recorded; a current local or"
          + " systemic infection is a contraindication.", REF));
    } else if (kase.infection().status() == InfectionStatus.SUSPECTED) {
      out.add(Finding.patient("INFECTION_TO_EXCLUDE", "Infection is suspected: confirm or exclude it before the"
          + " procedure; a current infection is a contraindication.", REF));
    }
    neuro(kase, fractures, out);
    if (kase.coagulopathy().status() == null) {
      out.add(Finding.patient("COAGULOPATHY_STATUS", "Whether the patient has a bleeding disorder, and whether it"
          + " is correctable, is not recorded; an uncorrectable coagulopathy is a contraindication.", REF));
    }
    if (kase.allergies() == null) {
      out.add(Finding.patient("ALLERGIES", "Allergies are not recorded (an empty list would say none); an allergy"
          + " to a bone cement ingredient is a contraindication.", REF));
    }
    if (kase.medications() == null) {
      out.add(Finding.patient("MEDICATIONS", "Current medications are not recorded (an empty list would say none);"
          + " anticoagulants and antiplatelets must be held before the procedure.", "SIR-HEM-2019"));
    }
    unresolved(kase, out);
    for (int i = 0; i < fractures.size(); i++) {
      if (fractures.candidate(i)) {
        level(fractures.get(i), i, out);
      }
    }
  }

  private static void unresolved(Case kase, List<Finding> out) {
    if (kase.medications() == null) {
      return;
    }
    for (Medication medication : kase.medications()) {
      if (!medication.identified()) {
        out.add(Finding.patient("MEDICATION_UNRESOLVED", "A current medication (" + medication.record()
            + ") names no drug that can be read: check whether it is an anticoagulant or antiplatelet; it gets no"
            + " hold plan.", "SIR-HEM-2019"));
      }
    }
  }

  private static void neuro(Case kase, FractureStates fractures, List<Finding> out) {
    List<String> unknown = new ArrayList<>(2);
    if (kase.neuro().myelopathy() == null) {
      unknown.add("myelopathy");
    }
    if (kase.neuro().radiculopathy() == null) {
      unknown.add("radiculopathy");
    }
    if (unknown.isEmpty()) {
      return;
    }
    String basis = "Examination for " + Words.joinAnd(unknown) + " is not recorded; with signs, CT or MRI is"
        + " required before deciding";
    if (unknown.contains("myelopathy") && anyRetropulsion(fractures)) {
      basis += ", and retropulsion with myelopathy is a contraindication";
    }
    out.add(Finding.patient("NEURO_EXAM", basis + ".", REF));
  }

  private static boolean anyRetropulsion(FractureStates fractures) {
    for (int i = 0; i < fractures.size(); i++) {
      if (!Boolean.FALSE.equals(fractures.get(i).retropulsion()) && fractures.candidate(i)) {
        return true;
      }
    }
    return false;
  }

  private static void level(Fracture fracture, int index, List<Finding> out) {
    String level = fracture.levelName();
    String which = Words.fracture(level, index);
    if (fracture.painGenerator() == null) {
      out.add(Finding.fracture("PAIN_GENERATOR", index, level, "Whether " + which + " is concordant with the pain"
          + " is not recorded; an asymptomatic fracture is not treated.", REF));
    }
    if (fracture.retropulsion() == null) {
      out.add(Finding.fracture("RETROPULSION", index, level, "Whether " + which + " has retropulsed fragments is"
          + " not recorded; retropulsion with myelopathy is a contraindication.", REF));
    }
    boolean tumour = fracture.etiology() == Etiology.MALIGNANCY || fracture.etiology() == Etiology.HEMANGIOMA;
    if (tumour && fracture.canalCompromiseByTumor() == null) {
      out.add(Finding.fracture("CANAL_COMPROMISE_BY_TUMOR", index, level, "Whether tumour compromises the spinal"
          + " canal at " + which + " is not recorded; canal compromise by tumour is a contraindication.", REF));
    }
  }
}
