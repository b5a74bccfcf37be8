package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.SACRAL_LEVEL;

import org.vapath.core.catalogue.CriterionInfo;

/**
 * A sacral level (S1-S5) is not a vertebral augmentation [EVICORE-607, RAD601]: sacroplasty is a
 * different procedure, so the level's decision is not indicated, with the reason {@code SACRAL_LEVEL}, and
 * none of the augmentation's criteria is asked of it. {@link FractureStates} and {@link DecisionRules}
 * apply it; a patient whose only fractures are sacral is not indicated.
 */
final class SacralLevel {
  static final CriterionInfo INFO = CriterionInfo.of("Sacral level", "Is the fracture at a sacral level (S1-S5)?",
      "fractures[].level")
      .emits(SACRAL_LEVEL);

  private SacralLevel() {
  }
}
