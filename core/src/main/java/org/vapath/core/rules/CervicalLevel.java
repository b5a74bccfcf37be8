package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.CERVICAL_LEVEL;

import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.SpineRegion;

/**
 * Caution per level [LCD-SUM (confirm), EVICORE-607]: a cervical level (C1-C7) is outside the covered
 * T1-L5 range, and the kyphoplasty codes are thoracic and lumbar only (a cervical augmentation is coded
 * 22899).
 */
final class CervicalLevel {
  static final CriterionInfo INFO = CriterionInfo.of("Cervical level", "Is the level cervical (C1-C7)?",
      "fractures[].level")
      .emits(CERVICAL_LEVEL);

  private CervicalLevel() {
  }

  static Verdict level(Level at) {
    if (at.fracture().level() == null) {
      return Verdict.UNKNOWN;
    }
    return at.fracture().level().region() == SpineRegion.CERVICAL ? Verdict.met(at.finding(CERVICAL_LEVEL,
        at.name() + " is cervical: outside the T1-L5 range the Medicare LCDs cover (eviCore covers T5-L5), and"
            + " the kyphoplasty codes are thoracic and lumbar only.")) : Verdict.NOT_MET;
  }
}
