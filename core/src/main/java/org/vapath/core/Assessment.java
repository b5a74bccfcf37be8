package org.vapath.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vapath.core.assessment.AppliedOverride;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.ExpectedBenefit;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.assessment.ProcedurePlan;
import org.vapath.core.assessment.Risk;
import org.vapath.core.model.RecordIssue;

/**
 * The engine's answer for one case (shared/spec/case-format.md): the decision and the plain
 * sentence that explains it, the per-level decisions, every finding with its basis and source,
 * the procedure plan, risk and benefit, the parts of the record that could not be read, and the
 * knowledge that was applied.
 * {@code procedure} is {@code null} when no level is a candidate for treatment.
 */
public record Assessment(
    String caseId,
    LocalDate assessedOn,
    Decision decision,
    String decisionBasis,
    List<LevelAssessment> levels,
    List<Finding> indications,
    List<Finding> contraindications,
    List<Finding> missing,
    List<Finding> toVerify,
    List<Finding> workup,
    List<Finding> preparation,
    List<HoldItem> holdPlan,
    List<String> medicationsNotRecognised,
    List<RecordIssue> recordIssues,
    ProcedurePlan procedure,
    Risk risk,
    ExpectedBenefit expectedBenefit,
    String knowledgeVersion,
    List<AppliedOverride> knowledgeOverrides) {

  public Assessment {
    Objects.requireNonNull(decision, "decision == null");
    levels = List.copyOf(levels);
    indications = List.copyOf(indications);
    contraindications = List.copyOf(contraindications);
    missing = List.copyOf(missing);
    toVerify = List.copyOf(toVerify);
    workup = List.copyOf(workup);
    preparation = List.copyOf(preparation);
    holdPlan = List.copyOf(holdPlan);
    medicationsNotRecognised = List.copyOf(medicationsNotRecognised);
    recordIssues = List.copyOf(recordIssues);
  }
}
