package org.vapath.core.rules;

import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabTest;

/**
 * The facts a decision needs (case-format.md, "Required facts"): each one unknown is a
 * {@code missing} finding, and makes the decision {@code INCOMPLETE}, never {@code INDICATED}.
 */
final class RequiredFacts {
  static final String FRACTURES = "FRACTURES";
  static final String SPINE_RADIOGRAPH = "SPINE_RADIOGRAPH";
  static final String ETIOLOGY = "ETIOLOGY";
  static final String PAIN_STATUS = "PAIN_STATUS";
  static final String PLATELET_COUNT = "PLATELET_COUNT";
  static final String INR = "INR";
  static final String WBC = "WBC";
  static final String CROSS_SECTIONAL_IMAGING = "CROSS_SECTIONAL_IMAGING";
  private static final String REF = "REF";

  private RequiredFacts() {
  }

  static void apply(Case kase, FractureStates fractures, CurrentLabs labs, Findings findings) {
    List<Finding> out = findings.missing;
    if (!fractures.recorded()) {
      out.add(Finding.patient(FRACTURES, "The case does not list the vertebral fractures; an empty list would say"
          + " there are none.", REF));
    }
    if (kase.imaging().isEmpty()) {
      out.add(Finding.patient(SPINE_RADIOGRAPH, "No radiograph, CT or MRI documents the compression deformity;"
          + " at minimum a radiograph of the vertebra in question is required.", REF));
    }
    for (int i = 0; i < fractures.size(); i++) {
      Fracture fracture = fractures.get(i);
      if (fracture.etiology() == Etiology.UNKNOWN) {
        out.add(Finding.fracture(ETIOLOGY, i, fracture.levelName(), "The cause of "
            + Words.fracture(fracture.levelName(), i) + " is not established; only osteoporosis, malignancy and"
            + " hemangioma are indications.", REF));
      }
    }
    if (kase.pain().status() == null) {
      out.add(Finding.patient(PAIN_STATUS, "Whether the fracture is painful now is not recorded; ongoing pain is"
          + " part of the indication.", REF));
    }
    lab(labs, LabTest.PLATELETS, PLATELET_COUNT, "platelet count", out);
    lab(labs, LabTest.INR, INR, "INR", out);
    if (kase.infection().status() == InfectionStatus.SUSPECTED) {
      if (labs.current(LabTest.WBC) == null) {
        out.add(Finding.patient(WBC, "Infection is suspected and " + labs.whyNotCurrent(LabTest.WBC, "WBC count")
            + ".", REF));
      }
    }
    if (kase.neuro().anySignPresent() && !hasCrossSectional(kase)) {
      out.add(Finding.patient(CROSS_SECTIONAL_IMAGING, signs(kase) + " on examination and no CT or MRI: cross-"
          + "sectional imaging is required to judge nerve and cord compromise before deciding.", REF));
    }
  }

  private static void lab(CurrentLabs labs, LabTest test, String code, String name, List<Finding> out) {
    if (labs.current(test) == null) {
      out.add(Finding.patient(code, Words.withArticle(name) + " is required before the procedure and "
          + labs.whyNotCurrent(test, name) + ".", REF));
    }
  }

  static boolean hasCrossSectional(Case kase) {
    for (ImagingStudy study : kase.imaging()) {
      if (study.modality().isCrossSectional()) {
        return true;
      }
    }
    return false;
  }

  static String signs(Case kase) {
    boolean myelopathy = Boolean.TRUE.equals(kase.neuro().myelopathy());
    boolean radiculopathy = Boolean.TRUE.equals(kase.neuro().radiculopathy());
    if (myelopathy && radiculopathy) {
      return "Myelopathy and radiculopathy";
    }
    return myelopathy ? "Myelopathy" : "Radiculopathy";
  }
}
