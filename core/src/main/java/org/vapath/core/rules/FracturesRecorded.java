package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.ETIOLOGY;
import static org.vapath.core.catalogue.FindingCode.ETIOLOGY_NOT_AN_INDICATION;
import static org.vapath.core.catalogue.FindingCode.FRACTURES;

import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;

/**
 * Required facts of the fractures (case-format.md, "Required facts"): the list itself (an empty list
 * says there are none), and each fracture's cause, since only the pack's indicated causes are
 * indications.
 */
final class FracturesRecorded {
  static final CriterionInfo INFO = CriterionInfo.of("Fractures and their causes",
      "Are the vertebral fractures listed, each with an established cause?", "fractures", "fractures[].etiology")
      .emits(FRACTURES, ETIOLOGY, ETIOLOGY_NOT_AN_INDICATION);

  private final String indicatedCauses;
  private final KnowledgePack pack;

  FracturesRecorded(KnowledgePack pack) {
    this.pack = pack;
    this.indicatedCauses = Words.indicatedCauses(pack, "and");
  }

  static Verdict list(Case kase) {
    if (kase.fractures() != null) {
      return Verdict.MET;
    }
    return Verdict.unknown(Finding.patient(FRACTURES, "The case does not list the vertebral fractures; an empty list"
        + " would say there are none."));
  }

  /** Met for a cause the pack holds for an indication, not met for another cause, unknown (missing) unestablished. */
  Verdict etiology(Case kase, int index) {
    Fracture fracture = kase.fracturesOrNone().get(index);
    if (fracture.etiology() == Etiology.UNKNOWN) {
      return Verdict.unknown(Finding.fracture(ETIOLOGY, index, fracture.levelName(), "The cause of "
          + Words.fracture(fracture.levelName(), index) + " is not established; only " + indicatedCauses
          + " are indications."));
    }
    EtiologyFacts facts = pack.etiology(fracture.etiology());
    return facts != null && facts.isIndication() ? Verdict.MET : Verdict.NOT_MET;
  }
}
