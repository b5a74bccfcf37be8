package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.CROSS_SECTIONAL_IMAGING;
import static org.vapath.core.catalogue.FindingCode.ORDER_CT_OR_MRI;
import static org.vapath.core.catalogue.FindingCode.ORDER_MRI;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Modality;

/**
 * CT or MRI [REF, Workup]: cross-sectional imaging defines the anatomy, and MRI shows nerve and cord
 * compromise. With myelopathy or radiculopathy and no CT or MRI the decision waits (unknown,
 * missing); without signs, CT or MRI is work-up to order, not a missing fact.
 */
final class CrossSectionalImaging {
  static final CriterionInfo INFO = CriterionInfo.of("CT or MRI",
      "Is there the cross-sectional imaging the neurological signs call for?",
      "imaging[].modality", "neuro.myelopathy", "neuro.radiculopathy")
      .emits(CROSS_SECTIONAL_IMAGING, ORDER_MRI, ORDER_CT_OR_MRI);

  private CrossSectionalImaging() {
  }

  static Verdict evaluate(Case kase) {
    boolean crossSectional = hasCrossSectional(kase);
    Finding order = order(kase, crossSectional);
    if (kase.neuro().anySignPresent() && !crossSectional) {
      Finding missing = Finding.patient(CROSS_SECTIONAL_IMAGING, NeuroExam.signs(kase) + " on examination and no CT"
          + " or MRI: cross-sectional imaging is required to judge nerve and cord compromise before deciding.");
      return Verdict.unknown(missing, order);
    }
    return order == null ? Verdict.MET : Verdict.met(order);
  }

  private static Finding order(Case kase, boolean crossSectional) {
    if (kase.neuro().anySignPresent() && !has(kase, Modality.MRI)) {
      return Finding.patient(ORDER_MRI, NeuroExam.signs(kase) + " on examination and no MRI: MRI shows the extent of"
          + " nerve and spinal cord compromise and helps tell pain from nerve irritation from fracture pain"
          + (crossSectional ? "" : "; CT or MRI is required before deciding") + ".");
    }
    if (!crossSectional) {
      return Finding.patient(ORDER_CT_OR_MRI, "No CT or MRI is recorded: cross-sectional imaging better defines the"
          + " anatomy, and MRI shows nerve and cord compromise"
          + (kase.neuro().myelopathy() == null || kase.neuro().radiculopathy() == null
              ? "; it is required if myelopathy or radiculopathy is found" : "") + ".");
    }
    return null;
  }

  private static boolean hasCrossSectional(Case kase) {
    for (ImagingStudy study : kase.imaging()) {
      if (study.modality().isCrossSectional()) {
        return true;
      }
    }
    return false;
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
