package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.catalogue.Kind;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Modality;
import org.vapath.core.model.PainStatus;

/**
 * The indication [REF]: a vertebral compression fracture documented by imaging, with ongoing pain,
 * of a cause the pack holds for an indication (its code is the pack's: osteoporosis, malignancy or
 * hemangioma). It holds per fracture not excluded by a contraindication.
 */
final class PainfulFracture {
  static final CriterionInfo INFO = CriterionInfo.of("Painful compression fracture",
      "Is a fracture of an indicated cause, free of contraindications, painful now and documented by imaging?",
      "fractures[].etiology", "pain.status", "pain.nrs", "imaging[]")
      .emits(FindingCode.of(Kind.INDICATION).toArray(FindingCode[]::new));

  private final KnowledgePack pack;

  PainfulFracture(KnowledgePack pack) {
    this.pack = pack;
  }

  Verdict level(Case kase, FractureStates fractures, int index) {
    if (!fractures.treatable(index)) {
      return Verdict.NOT_MET;
    }
    if (kase.pain().status() != PainStatus.ONGOING || kase.imaging().isEmpty()) {
      // Pain not ongoing is a contraindication or missing, imaging absent is missing: asked elsewhere.
      return kase.pain().status() == PainStatus.ONGOING || kase.pain().status() == null ? Verdict.UNKNOWN
          : Verdict.NOT_MET;
    }
    Fracture fracture = fractures.get(index);
    EtiologyFacts facts = pack.etiology(fracture.etiology());
    String level = fracture.levelName();
    return Verdict.met(Finding.fracture(FindingCode.find(Kind.INDICATION, facts.indication()), index, level,
        "Compression fracture at " + (level == null ? "an unrecorded level" : level) + " secondary to "
            + Words.lower(fracture.etiology()) + ", " + pain(kase) + ", deformity documented by " + imaging(kase)
            + ".", facts.source()));
  }

  private static String pain(Case kase) {
    return kase.pain().nrs() == null ? "ongoing pain" : "ongoing pain (NRS " + Words.number(kase.pain().nrs()) + "/10"
        + (kase.pain().nrsDate() == null ? "" : " on " + kase.pain().nrsDate()) + ")";
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
