package org.vapath.core.rules;

import java.time.temporal.ChronoUnit;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Acuity;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Sources;

/**
 * The age of the fractures from the pain onset [LCD-RUBRIC (confirm), HATGIS-2018]: acute below 6
 * weeks, subacute to 12 weeks inclusive, chronic after (the gap to 4 months read as chronic, an
 * institutional default); unknown without an onset. Edema and uptake are shown beside it and do not
 * change it (case-format.md, version 2 rulings, "Fracture age"). Not a finding: the levels show it, and
 * {@link ChronicLowPain} and the coverage check read it.
 */
final class FractureAcuity {
  static final CriterionInfo INFO = CriterionInfo.of("Fracture acuity",
      "Is the fracture acute, subacute or chronic, counted from the pain onset to the assessment date?",
      "pain.onset", "assessedOn", "fractures[].edema", "fractures[].boneScanUptake")
      .comparesWith(KnowledgePack.SUBACUTE_FROM_DAYS, KnowledgePack.CHRONIC_FROM_DAYS)
      .cites(Sources.LCD_RUBRIC, Sources.HATGIS, Sources.INSTITUTIONAL_DEFAULT);

  private final int subacuteFrom;
  private final int chronicFrom;

  FractureAcuity(KnowledgePack pack) {
    this.subacuteFrom = (int) pack.threshold(KnowledgePack.SUBACUTE_FROM_DAYS).value();
    this.chronicFrom = (int) pack.threshold(KnowledgePack.CHRONIC_FROM_DAYS).value();
  }

  Acuity of(Case kase) {
    if (kase.pain().onset() == null) {
      return Acuity.UNKNOWN;
    }
    long days = ChronoUnit.DAYS.between(kase.pain().onset(), kase.assessedOn());
    if (days < 0) {
      return Acuity.UNKNOWN; // an onset after the assessment is refused by the reader; never guess an age
    }
    if (days < subacuteFrom) {
      return Acuity.ACUTE;
    }
    return days < chronicFrom ? Acuity.SUBACUTE : Acuity.CHRONIC;
  }

  /** "20 days after the pain onset (2026-01-27): acute", for a sentence. */
  static String describe(Case kase, Acuity acuity) {
    if (acuity == Acuity.UNKNOWN) {
      return "the pain onset is not recorded, so the fracture's age is unknown";
    }
    long days = ChronoUnit.DAYS.between(kase.pain().onset(), kase.assessedOn());
    return days + " days after the pain onset (" + kase.pain().onset() + "): " + Words.lower(acuity);
  }
}
