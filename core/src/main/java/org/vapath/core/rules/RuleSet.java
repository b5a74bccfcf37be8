package org.vapath.core.rules;

import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;

/**
 * Applies the rule families in their order: contraindications first (they decide which fractures
 * remain), then required and screening facts, indications, work-up and hemostasis (only while some
 * fracture may still be treated), then the decision, procedure plan, risk and benefit.
 */
public final class RuleSet {
  private final KnowledgePack pack;
  private final ContraindicationRules contraindications;
  private final HemostasisRules hemostasis;

  public RuleSet(KnowledgePack pack) {
    this.pack = pack;
    this.contraindications = new ContraindicationRules(pack);
    this.hemostasis = new HemostasisRules(pack);
  }

  public KnowledgePack pack() {
    return pack;
  }

  public Assessment assess(Case recorded) {
    Case kase = PainScores.effective(recorded, pack);
    Findings findings = new Findings();
    contraindications.apply(kase, findings);
    FractureStates fractures = new FractureStates(kase, pack, findings);
    if (fractures.workupMatters()) {
      CurrentLabs labs = new CurrentLabs(kase, pack);
      RequiredFacts.apply(kase, fractures, labs, findings);
      ScreeningFacts.apply(kase, fractures, findings);
      PainScores.apply(recorded, pack, findings);
      IndicationRules.apply(kase, pack, fractures, findings);
      WorkupRules.apply(kase, labs, findings);
      hemostasis.apply(kase, labs, findings);
    }
    RecordRules.apply(kase, fractures, findings);
    Decision decision = DecisionRules.patient(fractures, findings);
    return new Assessment(kase.caseId(), kase.assessedOn(), decision,
        DecisionRules.basis(decision, fractures, findings), DecisionRules.levels(pack, fractures, findings),
        findings.indications, findings.contraindications, findings.missing, findings.toVerify, findings.workup,
        findings.preparation, findings.holdPlan, findings.notRecognised, kase.recordIssues(),
        ProcedureRules.plan(pack, fractures),
        ConsentFigures.risk(pack, fractures), ConsentFigures.benefit(pack, fractures), pack.version(),
        pack.overrides());
  }
}
