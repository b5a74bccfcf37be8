package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.BMD_REFERRAL;
import static org.vapath.core.catalogue.FindingCode.FRACTURE_LIAISON;
import static org.vapath.core.catalogue.FindingCode.OSTEOPOROSIS_TREATMENT;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Status;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;

/**
 * Secondary fracture prevention [HIRSCH-2018, ASBMR-2020, BHOF-2022]: every osteoporotic fracture, or
 * one of unknown cause, calls for a bone density (DXA) referral, osteoporosis treatment and a fracture
 * liaison service where there is one, whatever the decision; the referral and the treatment are left out
 * when the case already records them.
 */
final class SecondaryPrevention {
  static final CriterionInfo INFO = CriterionInfo.of("Secondary fracture prevention",
      "Does an osteoporotic fracture, or one of unknown cause, call for bone density testing, osteoporosis"
          + " treatment and a fracture liaison service?",
      "fractures[].etiology", "osteoporosisCare.bmdReferral", "osteoporosisCare.treatment")
      .emits(BMD_REFERRAL, OSTEOPOROSIS_TREATMENT, FRACTURE_LIAISON);

  /** The facts the findings name; the sentences are the same for every case with the same facts. */
  private record Facts(List<String> levels, boolean unknownCause, boolean referred, boolean treated) {
  }

  private final Memo<Facts, Verdict> verdicts = new Memo<>(1024, SecondaryPrevention::verdict);


  Verdict evaluate(Case kase) {
    List<String> levels = new ArrayList<>(2);
    boolean unknownCause = false;
    List<Fracture> fractures = kase.fracturesOrNone();
    for (int i = 0; i < fractures.size(); i++) {
      Fracture fracture = fractures.get(i);
      if (fracture.etiology() == Etiology.OSTEOPOROSIS || fracture.etiology() == Etiology.UNKNOWN) {
        levels.add(fracture.levelName() == null ? "fracture #" + (i + 1) : fracture.levelName());
        unknownCause |= fracture.etiology() == Etiology.UNKNOWN;
      }
    }
    if (levels.isEmpty()) {
      return Verdict.NOT_MET;
    }
    return verdicts.get(new Facts(levels, unknownCause, Boolean.TRUE.equals(kase.osteoporosisCare().bmdReferral()),
        Boolean.TRUE.equals(kase.osteoporosisCare().treatment())));
  }

  private static Verdict verdict(Facts facts) {
    String which = (facts.unknownCause() ? "A fracture that may be osteoporotic (" : "An osteoporotic fracture (")
        + Words.joinAnd(facts.levels()) + ")";
    List<Finding> items = new ArrayList<>(3);
    if (!facts.referred()) {
      items.add(Finding.patient(BMD_REFERRAL, which + ": refer for bone density (DXA) evaluation; a vertebral"
          + " fracture carries a 5-fold risk of another vertebral fracture and a 2- to 3-fold risk elsewhere."));
    }
    if (!facts.treated()) {
      items.add(Finding.patient(OSTEOPOROSIS_TREATMENT, which + ": start osteoporosis treatment promptly (oral"
          + " alendronate or risedronate first; otherwise intravenous zoledronic acid or subcutaneous denosumab),"
          + " with adequate calcium and vitamin D."));
    }
    items.add(Finding.patient(FRACTURE_LIAISON, which + ": refer to a fracture liaison service where there is one,"
        + " for multidisciplinary care with case management."));
    return new Verdict(Status.MET, items);
  }
}
