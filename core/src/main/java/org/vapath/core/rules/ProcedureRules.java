package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.ProcedurePlan;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Sources;
import org.vapath.core.knowledge.GuidancePolicy;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.VertebralLevel;

/**
 * The procedure plan for the treatable levels [REF, KP-LIT]: vertebroplasty and kyphoplasty are both
 * options, with an advisory preference by height loss; image guidance by level; transpedicular access.
 */
final class ProcedureRules {
  static final CriterionInfo INFO = CriterionInfo.of("Procedure plan",
      "Which technique is preferred, under which guidance, for the treatable levels?",
      "fractures[].heightLossPercent", "fractures[].level")
      .comparesWith(KnowledgePack.KYPHOPLASTY_HEIGHT_LOSS)
      .cites(Sources.REF);
  private static final List<String> OPTIONS = List.of("VERTEBROPLASTY", "KYPHOPLASTY");

  /** What the plan reads of one treatable fracture: its index, level and height loss. */
  private record Treated(int index, VertebralLevel level, Double heightLoss) {
    /** The level's name, as {@link Fracture#levelName()} gives it. */
    String name() {
      return level == null ? null : level.name();
    }
  }

  private final Threshold kyphoplasty;
  private final GuidancePolicy policy;
  /** The plans of the treatable fractures seen, kept: most cases share a few (one osteoporotic L1). */
  private final Memo<List<Treated>, ProcedurePlan> plans = new Memo<>(4096, this::written);

  ProcedureRules(KnowledgePack pack) {
    this.kyphoplasty = pack.threshold(KnowledgePack.KYPHOPLASTY_HEIGHT_LOSS);
    this.policy = pack.guidance();
  }

  /** The plan, or {@code null} when no level is treatable. */
  ProcedurePlan plan(FractureStates fractures) {
    List<Integer> treatable = fractures.treatableIndexes();
    if (treatable.isEmpty()) {
      return null;
    }
    List<Treated> read = new ArrayList<>(treatable.size());
    for (int index : treatable) {
      Fracture fracture = fractures.get(index);
      read.add(new Treated(index, fracture.level(), fracture.heightLossPercent()));
    }
    return plans.get(read);
  }

  private ProcedurePlan written(List<Treated> treatable) {
    List<String> marked = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Treated fracture : treatable) {
      String name = Words.fracture(fracture.name(), fracture.index());
      if (fracture.heightLoss() == null) {
        unknown.add(name);
      } else if (fracture.heightLoss() > kyphoplasty.value()) {
        marked.add(name + " (" + Words.number(fracture.heightLoss()) + "% height loss)");
      }
    }
    String limit = Words.number(kyphoplasty.value()) + "%";
    String similar = "Both relieve pain to a similar degree in comparative studies; kyphoplasty is designed to"
        + " restore height. ";
    String preferred;
    String rationale;
    if (!marked.isEmpty()) {
      preferred = "KYPHOPLASTY";
      rationale = similar + "Height loss above " + limit + " at " + Words.joinAnd(marked) + ": one cohort found"
          + " kyphoplasty better there.";
    } else if (unknown.isEmpty()) {
      preferred = "VERTEBROPLASTY";
      rationale = similar + "Height loss is " + limit + " or less at every treatable level, where one cohort found"
          + " vertebroplasty sufficient.";
    } else {
      preferred = null;
      rationale = similar + "No preference: the height loss of " + Words.joinAnd(unknown) + " is not recorded.";
    }
    return guidance(treatable, preferred, rationale + " Advisory, not a rule.");
  }

  private ProcedurePlan guidance(List<Treated> treatable, String preferred, String rationale) {
    List<String> ctLevels = new ArrayList<>();
    boolean levelUnknown = false;
    for (Treated fracture : treatable) {
      if (fracture.level() == null) {
        levelUnknown = true;
      } else if (policy.ctLevels().contains(fracture.level())) {
        ctLevels.add(fracture.name());
      }
    }
    List<String> guidance = new ArrayList<>(List.of(policy.defaultGuidance()));
    String basis = policy.text();
    if (!ctLevels.isEmpty()) {
      guidance.add("CT");
      basis += " CT advised at " + Words.joinAnd(ctLevels) + ".";
    }
    if (levelUnknown) {
      basis += " A treatable fracture's level is not recorded: CT if it is at " + Words.levels(policy.ctLevels()) + ".";
    }
    return new ProcedurePlan(OPTIONS, preferred, rationale, guidance, basis, "TRANSPEDICULAR",
        List.of(Sources.REF, kyphoplasty.source(), policy.ctLevelsSource()));
  }
}
