package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Modality;
import org.vapath.core.model.PainStatus;

/**
 * The indication [REF]: a vertebral compression fracture documented by imaging, with ongoing pain,
 * secondary to osteoporosis, malignancy or hemangioma. It holds per fracture not excluded by a
 * contraindication.
 */
final class IndicationRules {
  private IndicationRules() {
  }

  static void apply(Case kase, KnowledgePack pack, FractureStates fractures, Findings findings) {
    if (kase.pain().status() != PainStatus.ONGOING || kase.imaging().isEmpty()) {
      return;
    }
    String imaging = imaging(kase);
    String pain = kase.pain().nrs() == null ? "ongoing pain" : "ongoing pain (NRS "
        + Words.number(kase.pain().nrs()) + "/10" + (kase.pain().nrsDate() == null ? "" : " on "
        + kase.pain().nrsDate()) + ")";
    for (int i = 0; i < fractures.size(); i++) {
      if (!fractures.treatable(i)) {
        continue;
      }
      Fracture fracture = fractures.get(i);
      EtiologyFacts facts = pack.etiology(fracture.etiology());
      String level = fracture.levelName();
      findings.indications.add(Finding.fracture(facts.indication(), i, level, "Compression fracture at "
          + (level == null ? "an unrecorded level" : level) + " secondary to " + Words.lower(fracture.etiology())
          + ", " + pain + ", deformity documented by " + imaging + ".", facts.source()));
    }
  }

  private static String imaging(Case kase) {
    List<String> studies = new ArrayList<>(kase.imaging().size());
    for (ImagingStudy study : kase.imaging()) {
      String name = study.modality() == Modality.RADIOGRAPH ? "radiograph" : study.modality().name();
      studies.add(study.date() == null ? name : name + " " + study.date());
    }
    return Words.joinAnd(studies);
  }
}
