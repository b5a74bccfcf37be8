package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.COAGULOPATHY_STATUS;
import static org.vapath.core.catalogue.FindingCode.UNCORRECTABLE_COAGULOPATHY;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.CoagulopathyStatus;

/**
 * Contraindication [REF]: a coagulopathy judged uncorrectable, whatever the laboratory values (a
 * correctable one is preparation: {@link InrCheck}, {@link PlateletCount}). Not recorded: to verify.
 */
final class UncorrectableCoagulopathy {
  static final CriterionInfo INFO = CriterionInfo.of("Uncorrectable coagulopathy",
      "Is there a bleeding disorder judged uncorrectable?", "coagulopathy.status")
      .emits(UNCORRECTABLE_COAGULOPATHY, COAGULOPATHY_STATUS);

  private UncorrectableCoagulopathy() {
  }

  static Verdict evaluate(Case kase) {
    CoagulopathyStatus status = kase.coagulopathy().status();
    if (status == null) {
      return Verdict.unknown(Finding.patient(COAGULOPATHY_STATUS, "Whether the patient has a bleeding disorder, and"
          + " whether it is correctable, is not recorded; an uncorrectable coagulopathy is a contraindication."));
    }
    if (status == CoagulopathyStatus.UNCORRECTABLE) {
      return Verdict.met(Finding.patient(UNCORRECTABLE_COAGULOPATHY,
          "The coagulopathy is judged uncorrectable, whatever the laboratory values."));
    }
    return Verdict.NOT_MET;
  }
}
