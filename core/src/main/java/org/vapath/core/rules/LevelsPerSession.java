package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.MORE_THAN_THREE_LEVELS;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.knowledge.Threshold;

/**
 * Caution for the patient [LCD-SUM (confirm), EVICORE-607]: more than {@code levels.maxPerSession}
 * levels to treat in one session is a relative contraindication of the payers. Counts the levels still
 * candidates for treatment.
 */
final class LevelsPerSession {
  static final CriterionInfo INFO = CriterionInfo.of("Levels in one session",
      "Are more levels candidates for treatment than one session should treat?", "fractures[].level")
      .comparesWith(KnowledgePack.MAX_LEVELS)
      .emits(MORE_THAN_THREE_LEVELS);

  private final Threshold maximum;

  LevelsPerSession(KnowledgePack pack) {
    this.maximum = pack.threshold(KnowledgePack.MAX_LEVELS);
  }

  Verdict evaluate(FractureStates fractures) {
    int candidates = 0;
    for (int i = 0; i < fractures.size(); i++) {
      candidates += fractures.candidate(i) ? 1 : 0;
    }
    if (candidates <= maximum.value()) { // most cases: no names to write
      return Verdict.NOT_MET;
    }
    List<String> levels = new ArrayList<>(candidates);
    for (int i = 0; i < fractures.size(); i++) {
      if (fractures.candidate(i)) {
        String level = fractures.get(i).levelName();
        levels.add(level == null ? "fracture #" + (i + 1) : level);
      }
    }
    return Verdict.met(Finding.patient(MORE_THAN_THREE_LEVELS, levels.size() + " levels are candidates ("
        + Words.joinAnd(levels) + "): treating more than " + Words.number(maximum.value()) + " in one session is a"
        + " relative contraindication of the payers (eviCore allows at most 2 per date of service)."));
  }
}
