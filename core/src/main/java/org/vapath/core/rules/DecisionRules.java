package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Acuity;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;

/**
 * The decision, in the order of precedence of case-format.md: contraindicated (for the whole
 * patient, or for every fracture), not indicated (no fracture can meet an indication), incomplete
 * (a required fact is missing), indicated. The same order decides each level.
 */
final class DecisionRules {
  /** A level's reason when its cause is known and is none the pack holds for an indication. */
  static final String NOT_AN_INDICATION = FindingCode.ETIOLOGY_NOT_AN_INDICATION.code();
  /** A sacral level's reason: sacroplasty is a different procedure, not a vertebral augmentation. */
  static final String SACRAL_LEVEL = FindingCode.SACRAL_LEVEL.code();

  private DecisionRules() {
  }

  /** The findings a decision rests on, as the criteria left them (read by index: views of the builder's lists). */
  record Grounds(List<Finding> indications, List<Finding> contraindications, List<Finding> missing,
      List<Finding> preparation) {

    /** Whether a contraindication concerns the whole patient rather than one fracture. */
    boolean hasPatientContraindication() {
      for (int i = 0; i < contraindications.size(); i++) {
        Finding finding = contraindications.get(i);
        if (finding.fracture() == null) {
          return true;
        }
      }
      return false;
    }
  }

  static Decision patient(FractureStates fractures, Grounds findings) {
    // No fracture recorded: not indicated whatever else holds; its contraindications are still listed.
    if (!fractures.none() && (findings.hasPatientContraindication() || fractures.allExcluded())) {
      return Decision.CONTRAINDICATED;
    }
    if (!fractures.workupMatters()) {
      // Only an unreadable part of the record can be missing here (RecordRead): it may hold the fracture.
      return findings.missing().isEmpty() ? Decision.NOT_INDICATED : Decision.INCOMPLETE;
    }
    return findings.missing().isEmpty() ? Decision.INDICATED : Decision.INCOMPLETE;
  }

  /** Each fracture's decision, with the fractures' acuity (from the pain onset) and the signs shown beside it. */
  static List<LevelAssessment> levels(KnowledgePack pack, FractureStates fractures, Grounds findings,
      Acuity acuity) {
    List<LevelAssessment> levels = new ArrayList<>(fractures.size());
    for (int i = 0; i < fractures.size(); i++) {
      Fracture fracture = fractures.get(i);
      List<String> reasons = new ArrayList<>(2);
      Decision decision = level(pack, fractures, findings, i, reasons);
      Integer grade = fracture.heightLossPercent() == null ? null : pack.genant().grade(fracture.heightLossPercent());
      levels.add(new LevelAssessment(fracture.levelName(), i, decision, fracture.etiology(),
          fracture.heightLossPercent(), grade, reasons, acuity, fracture.edema(), fracture.boneScanUptake()));
    }
    return levels;
  }

  private static Decision level(KnowledgePack pack, FractureStates fractures, Grounds findings, int index,
      List<String> reasons) {
    if (fractures.excluded(index)) {
      addCodes(findings.contraindications(), index, false, reasons);
      return Decision.CONTRAINDICATED;
    }
    if (fractures.sacral(index)) {
      reasons.add(SACRAL_LEVEL);
      return Decision.NOT_INDICATED;
    }
    Etiology etiology = fractures.get(index).etiology();
    EtiologyFacts facts = pack.etiology(etiology);
    if (etiology != Etiology.UNKNOWN && (facts == null || !facts.isIndication())) {
      reasons.add(NOT_AN_INDICATION);
      return Decision.NOT_INDICATED;
    }
    if (findings.hasPatientContraindication()) {
      addCodes(findings.contraindications(), index, true, reasons);
      return Decision.CONTRAINDICATED;
    }
    addCodes(findings.missing(), index, true, reasons);
    if (!reasons.isEmpty()) {
      return Decision.INCOMPLETE;
    }
    addCodes(findings.indications(), index, false, reasons);
    return reasons.isEmpty() ? Decision.INCOMPLETE : Decision.INDICATED;
  }

  /** The codes of the findings about this fracture, and with {@code patientToo} those about the whole patient. */
  private static void addCodes(List<Finding> findings, int index, boolean patientToo, List<String> reasons) {
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      boolean applies = finding.fracture() == null ? patientToo : finding.fracture() == index;
      if (applies && !reasons.contains(finding.code())) {
        reasons.add(finding.code());
      }
    }
  }

  /**
   * One plain sentence that says why the decision is what it is; {@code indicatedCauses} are the
   * causes the pack holds for indications ("osteoporosis, malignancy or hemangioma").
   */
  static String basis(String indicatedCauses, Decision decision, FractureStates fractures, Grounds findings) {
    return switch (decision) {
      case CONTRAINDICATED -> "Contraindicated: " + bases(findings.contraindications(), fractures.allExcluded());
      case NOT_INDICATED -> fractures.size() == 0
          ? "Not indicated: no vertebral compression fracture is recorded."
          : "Not indicated: no fracture is secondary to " + indicatedCauses
              + (fractures.anySacral() ? " at a level vertebral augmentation treats" : "")
              + " and free of contraindications." + (fractures.anySacral() ? " A sacral fracture calls for"
              + " sacroplasty, a different procedure." : "");
      case INCOMPLETE -> "Incomplete: required facts are missing (" + codes(findings.missing()) + "); the decision"
          + " cannot be made until they are known.";
      case INDICATED -> "Indicated: " + bases(findings.indications(), true)
          + (findings.preparation().isEmpty() ? "" : " Preparation is needed before the procedure.");
    };
  }

  private static String bases(List<Finding> findings, boolean levelsToo) {
    List<String> parts = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (levelsToo || finding.fracture() == null) {
        parts.add(finding.basis());
      }
    }
    return String.join(" ", parts);
  }

  private static String codes(List<Finding> findings) {
    List<String> codes = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (!codes.contains(finding.code())) {
        codes.add(finding.code());
      }
    }
    return String.join(", ", codes);
  }
}
