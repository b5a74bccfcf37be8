package org.vapath.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vapath.core.assessment.AppliedOverride;
import org.vapath.core.assessment.Clearance;
import org.vapath.core.assessment.Coverage;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.ExpectedBenefit;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.assessment.ProcedurePlan;
import org.vapath.core.assessment.Risk;
import org.vapath.core.catalogue.Kind;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.RecordIssue;

/**
 * The engine's answer for one case (shared/spec/case-format.md): the decision and the plain
 * sentence that explains it, the per-level decisions, every finding with its basis and source,
 * the procedure plan, risk and benefit, the parts of the record that could not be read, and the
 * knowledge that was applied. Version 2 adds the cautions (relative contraindications that the
 * clinician weighs; they never change the decision), the follow-up (secondary prevention, oncology),
 * the payer's coverage check (advisory; {@code null} when no candidate level is osteoporotic, of unknown
 * cause or malignant) and the creatinine clearance the holds were read with ({@code null} when neither
 * recorded nor computable).
 * {@code procedure} is {@code null} when no level is a candidate for treatment.
 *
 * <p>The engine builds it with {@link #builder}, whose {@link Builder#build()} refuses an assessment
 * that breaks the contract (a finding in another kind's list, a decision its findings do not bear).
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
    List<AppliedOverride> knowledgeOverrides,
    List<Finding> cautions,
    List<Finding> followUp,
    Coverage coverage,
    Clearance creatinineClearance) {

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
    cautions = List.copyOf(cautions);
    followUp = List.copyOf(followUp);
  }

  /** A builder for the assessment of one case, to which the criteria add their findings in order. */
  public static Builder builder(String caseId, LocalDate assessedOn) {
    return new Builder(caseId, assessedOn);
  }

  /** Collects an assessment's parts; {@link #build()} checks the contract's invariants. */
  public static final class Builder {
    private final String caseId;
    private final LocalDate assessedOn;
    private final List<Finding> indications = new ArrayList<>();
    private final List<Finding> contraindications = new ArrayList<>();
    private final List<Finding> missing = new ArrayList<>();
    private final List<Finding> toVerify = new ArrayList<>();
    private final List<Finding> workup = new ArrayList<>();
    private final List<Finding> preparation = new ArrayList<>();
    private final List<Finding> cautions = new ArrayList<>();
    private final List<Finding> followUp = new ArrayList<>();
    private Coverage coverage;
    private Clearance clearance;
    private final List<HoldItem> holdPlan = new ArrayList<>();
    private final List<String> notRecognised = new ArrayList<>();
    private List<RecordIssue> recordIssues = List.of();
    private Decision decision;
    private String decisionBasis;
    private List<LevelAssessment> levels = List.of();
    private ProcedurePlan procedure;
    private Risk risk;
    private ExpectedBenefit benefit;
    private String knowledgeVersion;
    private List<AppliedOverride> overrides = List.of();

    private Builder(String caseId, LocalDate assessedOn) {
      this.caseId = caseId;
      this.assessedOn = assessedOn;
    }

    /** Adds the findings of one kind, in their order; findings of other kinds are left for their own list. */
    public Builder add(Kind kind, List<Finding> findings) {
      List<Finding> list = list(kind);
      for (int i = 0; i < findings.size(); i++) {
        Finding finding = findings.get(i);
        if (finding.kind() == kind) {
          list.add(finding);
        }
      }
      return this;
    }

    /** Adds a criterion's findings of one kind, in their order (most verdicts have none of it). */
    public Builder add(Kind kind, Verdict verdict) {
      if (verdict.has(kind)) {
        List<Finding> list = list(kind);
        for (int i = 0; i < verdict.size(); i++) {
          if (verdict.finding(i).kind() == kind) {
            list.add(verdict.finding(i));
          }
        }
      }
      return this;
    }

    /** The findings of one kind added so far, read-only. */
    public List<Finding> added(Kind kind) {
      return java.util.Collections.unmodifiableList(list(kind));
    }

    public Builder holdPlan(List<HoldItem> items) {
      if (!items.isEmpty()) { // addAll copies even an empty list
        holdPlan.addAll(items);
      }
      return this;
    }

    public Builder notRecognised(List<String> names) {
      if (!names.isEmpty()) {
        notRecognised.addAll(names);
      }
      return this;
    }

    public Builder recordIssues(List<RecordIssue> issues) {
      this.recordIssues = issues;
      return this;
    }

    public Builder decision(Decision value, String basis, List<LevelAssessment> levelDecisions) {
      this.decision = value;
      this.decisionBasis = basis;
      this.levels = levelDecisions;
      return this;
    }

    public Builder consent(ProcedurePlan plan, Risk complicationRisk, ExpectedBenefit expectedBenefit) {
      this.procedure = plan;
      this.risk = complicationRisk;
      this.benefit = expectedBenefit;
      return this;
    }

    public Builder coverage(Coverage check) {
      this.coverage = check;
      return this;
    }

    public Builder clearance(Clearance value) {
      this.clearance = value;
      return this;
    }

    /** The decision set so far ({@code null} before {@link #decision}), for what depends on it. */
    public Decision decision() {
      return decision;
    }

    public Builder knowledge(String version, List<AppliedOverride> applied) {
      this.knowledgeVersion = version;
      this.overrides = applied;
      return this;
    }

    /** The assessment; refuses one whose decision its findings do not bear. */
    public Assessment build() {
      Objects.requireNonNull(decision, "decision == null");
      Objects.requireNonNull(decisionBasis, "decisionBasis == null");
      Objects.requireNonNull(risk, "risk == null");
      Objects.requireNonNull(benefit, "expectedBenefit == null");
      check(decision != Decision.INDICATED || missing.isEmpty(), "INDICATED with missing facts");
      check(decision != Decision.INDICATED || !indications.isEmpty(), "INDICATED without an indication");
      check(decision != Decision.INCOMPLETE || !missing.isEmpty(), "INCOMPLETE without a missing fact");
      check(decision != Decision.CONTRAINDICATED || !contraindications.isEmpty(),
          "CONTRAINDICATED without a contraindication");
      check(decision != Decision.NOT_INDICATED || recordIssues.isEmpty(),
          "NOT_INDICATED from a record with unreadable parts");
      return new Assessment(caseId, assessedOn, decision, decisionBasis, levels, indications, contraindications,
          missing, toVerify, workup, preparation, holdPlan, notRecognised, recordIssues, procedure, risk, benefit,
          knowledgeVersion, overrides, cautions, followUp, coverage, clearance);
    }

    private static void check(boolean holds, String broken) {
      if (!holds) {
        throw new IllegalStateException("assessment refused: " + broken);
      }
    }

    private List<Finding> list(Kind kind) {
      return switch (kind) {
        case INDICATION -> indications;
        case CONTRAINDICATION -> contraindications;
        case MISSING -> missing;
        case TO_VERIFY -> toVerify;
        case WORKUP -> workup;
        case PREPARATION -> preparation;
        case CAUTION -> cautions;
        case FOLLOW_UP -> followUp;
        default -> throw new IllegalArgumentException("no list of kind " + kind + " in this assessment");
      };
    }
  }
}
