package org.vapath.core.rules;

import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Modality;

/**
 * What to order [REF, Workup]: a spine radiograph at minimum; CT or MRI to define the anatomy, and
 * MRI when there are neurological signs, to show nerve and cord compromise; a platelet count and
 * INR before the procedure; a WBC count when infection is a concern.
 */
final class WorkupRules {
  private static final String REF = "REF";

  private WorkupRules() {
  }

  static void apply(Case kase, CurrentLabs labs, Findings findings) {
    List<Finding> out = findings.workup;
    if (kase.imaging().isEmpty()) {
      out.add(Finding.patient("ORDER_SPINE_RADIOGRAPH", "At minimum a radiograph of the vertebra in question, to"
          + " document the compression deformity; none is recorded.", REF));
    }
    boolean crossSectional = RequiredFacts.hasCrossSectional(kase);
    if (kase.neuro().anySignPresent() && !has(kase, Modality.MRI)) {
      out.add(Finding.patient("ORDER_MRI", RequiredFacts.signs(kase) + " on examination and no MRI: MRI shows the"
          + " extent of nerve and spinal cord compromise and helps tell pain from nerve irritation from fracture"
          + " pain" + (crossSectional ? "" : "; CT or MRI is required before deciding") + ".", REF));
    } else if (!crossSectional) {
      out.add(Finding.patient("ORDER_CT_OR_MRI", "No CT or MRI is recorded: cross-sectional imaging better"
          + " defines the anatomy, and MRI shows nerve and cord compromise"
          + (kase.neuro().myelopathy() == null || kase.neuro().radiculopathy() == null
              ? "; it is required if myelopathy or radiculopathy is found" : "") + ".", REF));
    }
    lab(labs, LabTest.PLATELETS, "ORDER_PLATELET_COUNT", "platelet count", out);
    lab(labs, LabTest.INR, "ORDER_INR", "INR", out);
    if (kase.infection().status() == InfectionStatus.SUSPECTED && labs.current(LabTest.WBC) == null) {
      out.add(Finding.patient("ORDER_WBC", "Infection is a concern: obtain a WBC count; "
          + labs.whyNotCurrent(LabTest.WBC, "WBC count") + ".", REF));
    }
  }

  private static void lab(CurrentLabs labs, LabTest test, String code, String name, List<Finding> out) {
    if (labs.current(test) == null) {
      out.add(Finding.patient(code, "Obtain " + Words.article(name) + " " + name + " before the procedure; "
          + labs.whyNotCurrent(test, name)
          + ".", REF));
    }
  }

  private static boolean has(Case kase, Modality modality) {
    for (ImagingStudy study : kase.imaging()) {
      if (study.modality() == modality) {
        return true;
      }
    }
    return false;
  }
}
