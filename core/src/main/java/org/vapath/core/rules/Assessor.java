package org.vapath.core.rules;

import static org.vapath.core.catalogue.Kind.CONTRAINDICATION;
import static org.vapath.core.catalogue.Kind.FOLLOW_UP;
import static org.vapath.core.catalogue.Kind.INDICATION;
import static org.vapath.core.catalogue.Kind.MISSING;
import static org.vapath.core.catalogue.Kind.PREPARATION;
import static org.vapath.core.catalogue.Kind.TO_VERIFY;
import static org.vapath.core.catalogue.Kind.WORKUP;

import java.util.List;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Acuity;
import org.vapath.core.assessment.Clearance;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.Verdict;

/**
 * Asks every criterion in turn and files its findings, list by list, in the order of the contract:
 * the contraindications first (they decide which fractures remain), then, while some fracture may
 * still be treated, the required and screening facts, indications, work-up and preparation; the
 * cautions; then the record's unread parts, the decision, the follow-up, the payer's coverage, the
 * procedure plan, risk and benefit. A criterion that depends on another is handed that one's result.
 */
final class Assessor {
  private final KnowledgePack pack;
  private final CementAllergy cementAllergy;
  private final Pregnancy pregnancy;
  private final FracturesRecorded fracturesRecorded;
  private final PainfulFracture painfulFracture;
  private final PlateletCount plateletCount;
  private final InrCheck inrCheck;
  private final Leukocytosis leukocytosis;
  private final CreatinineClearance clearance;
  private final AntithromboticHolds holds;
  private final FractureAcuity acuity;
  private final Cautions cautions;
  private final FirstFollowUp firstFollowUp;
  private final PayerCoverage coverage;
  private final ConsentFigures consent;
  private final ProcedureRules procedure;
  private final SecondaryPrevention boneHealth = new SecondaryPrevention();
  private final OncologyFollowUp oncology = new OncologyFollowUp();
  private final String indicatedCauses;

  Assessor(KnowledgePack pack) {
    this.pack = pack;
    this.cementAllergy = new CementAllergy(pack);
    this.pregnancy = new Pregnancy(pack);
    this.fracturesRecorded = new FracturesRecorded(pack);
    this.painfulFracture = new PainfulFracture(pack);
    this.plateletCount = new PlateletCount(pack);
    this.inrCheck = new InrCheck(pack);
    this.leukocytosis = new Leukocytosis(pack);
    this.clearance = new CreatinineClearance(pack);
    this.holds = new AntithromboticHolds(pack);
    this.acuity = new FractureAcuity(pack);
    this.cautions = new Cautions(pack);
    this.firstFollowUp = new FirstFollowUp(pack);
    this.coverage = new PayerCoverage(pack);
    this.consent = new ConsentFigures(pack);
    this.procedure = new ProcedureRules(pack);
    this.indicatedCauses = Words.indicatedCauses(pack, "or");
  }

  /** The verdicts of the whole-patient contraindications, each with its unknown side. */
  private record Patient(Verdict asymptomatic, Verdict improving, Verdict infection, Verdict coagulopathy,
      Verdict allergy, Verdict pregnancy) {
  }

  Assessment assess(Case recorded) {
    Case kase = PainScores.effective(recorded, pack);
    Assessment.Builder out = Assessment.builder(kase.caseId(), kase.assessedOn());
    Patient patient = new Patient(asymptomatic(kase), ImprovingWithTherapy.evaluate(kase),
        ActiveInfection.evaluate(kase), UncorrectableCoagulopathy.evaluate(kase), cementAllergy.evaluate(kase),
        pregnancy.evaluate(kase));
    out.add(CONTRAINDICATION, patient.asymptomatic()).add(CONTRAINDICATION, patient.improving())
        .add(CONTRAINDICATION, patient.infection()).add(CONTRAINDICATION, patient.coagulopathy())
        .add(CONTRAINDICATION, patient.allergy()).add(CONTRAINDICATION, patient.pregnancy());
    Verdict[][] levels = levels(kase, out);
    boolean[] excluded = new boolean[levels.length];
    for (int i = 0; i < levels.length; i++) {
      excluded[i] = levels[i][0].isMet() || levels[i][1].isMet() || levels[i][2].isMet();
    }
    FractureStates fractures = new FractureStates(kase, pack, excluded);
    if (fractures.workupMatters()) {
      workup(recorded, kase, patient, levels, fractures, out);
    }
    Acuity age = acuity.of(kase);
    cautions.file(kase, fractures, age, out);
    Verdict record = RecordRead.evaluate(kase, fractures.workupMatters());
    out.add(TO_VERIFY, record).add(MISSING, record).add(TO_VERIFY, ReportedFacts.evaluate(kase));
    DecisionRules.Grounds grounds = new DecisionRules.Grounds(out.added(INDICATION), out.added(CONTRAINDICATION),
        out.added(MISSING), out.added(PREPARATION));
    Decision decision = DecisionRules.patient(fractures, grounds);
    out.recordIssues(kase.recordIssues())
        .decision(decision, DecisionRules.basis(indicatedCauses, decision, fractures, grounds),
            DecisionRules.levels(pack, fractures, grounds, age));
    Verdict bones = boneHealth.evaluate(kase);
    out.add(FOLLOW_UP, bones).add(FOLLOW_UP, oncology.evaluate(kase))
        .add(FOLLOW_UP, firstFollowUp.evaluate(decision, bones.isMet()));
    ConsentFigures.Figures figures = consent.of(fractures);
    return out.coverage(coverage.evaluate(kase, fractures, age, out.added(CONTRAINDICATION)))
        .consent(procedure.plan(fractures), figures.risk(), figures.benefit())
        .knowledge(pack.version(), pack.overrides())
        .build();
  }

  /** The pain status's verdict; a patient with no fracture at all has none to be asymptomatic. */
  private static Verdict asymptomatic(Case kase) {
    Verdict verdict = Asymptomatic.patient(kase);
    boolean none = kase.fractures() != null && kase.fractures().isEmpty();
    return none && verdict.isMet() ? Verdict.NOT_MET : verdict;
  }

  /**
   * The per-level contraindications of each fracture: painless level, retropulsion with myelopathy, tumour.
   * A sacral level is not a vertebral augmentation's: none is asked of it.
   */
  private static Verdict[][] levels(Case kase, Assessment.Builder out) {
    Verdict[][] levels = new Verdict[kase.fracturesOrNone().size()][];
    for (int i = 0; i < levels.length; i++) {
      Level at = Level.of(kase, i);
      if (at.fracture().sacral()) {
        levels[i] = new Verdict[] {Verdict.NOT_MET, Verdict.NOT_MET, Verdict.NOT_MET};
        continue;
      }
      levels[i] = new Verdict[] {Asymptomatic.level(at), RetropulsionWithMyelopathy.level(kase, at),
          TumorCanalCompromise.level(at)};
      out.add(CONTRAINDICATION, levels[i][0]).add(CONTRAINDICATION, levels[i][1])
          .add(CONTRAINDICATION, levels[i][2]);
    }
    return levels;
  }

  /** What matters only while a fracture may be treated: facts to complete or verify, indications, orders, holds. */
  private void workup(Case recorded, Case kase, Patient patient, Verdict[][] levels, FractureStates fractures,
      Assessment.Builder out) {
    CurrentLabs labs = new CurrentLabs(kase, pack);
    Clearance crcl = clearance.evaluate(kase, labs);
    Holds held = holds.evaluate(kase, crcl, crcl == null ? CreatinineClearance.missing(kase, labs) : List.of());
    Verdict spine = SpineImaging.evaluate(kase);
    Verdict platelets = plateletCount.evaluate(labs);
    Verdict inr = inrCheck.evaluate(labs, held.inrRechecked());
    Verdict wbc = WbcCount.evaluate(kase, labs);
    Verdict crossSectional = CrossSectionalImaging.evaluate(kase);
    Verdict retropulsion = RetropulsionStatus.evaluate(kase, fractures);
    out.add(MISSING, FracturesRecorded.list(kase)).add(MISSING, spine);
    for (int i = 0; i < levels.length; i++) {
      if (!fractures.sacral(i)) {
        out.add(MISSING, fracturesRecorded.etiology(kase, i));
      }
    }
    out.add(MISSING, patient.asymptomatic()).add(MISSING, platelets).add(MISSING, inr).add(MISSING, wbc)
        .add(MISSING, crossSectional).add(MISSING, retropulsion);
    out.add(TO_VERIFY, patient.improving()).add(TO_VERIFY, patient.infection())
        .add(TO_VERIFY, leukocytosis.evaluate(labs))
        .add(TO_VERIFY, NeuroExam.evaluate(kase, retropulsionOpen(fractures, levels)))
        .add(TO_VERIFY, patient.coagulopathy()).add(TO_VERIFY, patient.allergy()).add(TO_VERIFY, patient.pregnancy())
        .add(TO_VERIFY, MedicationsRecorded.evaluate(kase));
    for (int i = 0; i < levels.length; i++) {
      if (fractures.candidate(i)) {
        out.add(TO_VERIFY, levels[i][0]);
        if (!asked(retropulsion, i)) {
          out.add(TO_VERIFY, levels[i][1]).add(TO_VERIFY, levels[i][2]);
        }
      }
    }
    out.add(TO_VERIFY, PainScores.evaluate(recorded, pack)).add(TO_VERIFY, held.verdict());
    for (int i = 0; i < levels.length; i++) {
      out.add(INDICATION, painfulFracture.level(kase, fractures, i));
    }
    out.add(WORKUP, spine).add(WORKUP, crossSectional).add(WORKUP, platelets).add(WORKUP, inr).add(WORKUP, wbc);
    out.add(PREPARATION, held.verdict()).add(PREPARATION, inr).add(PREPARATION, platelets);
    Finding recheck = inrCheck.recheckFor(held.inrRechecked(), inr);
    if (recheck != null) {
      out.add(PREPARATION, List.of(recheck));
    }
    out.holdPlan(held.plan()).notRecognised(held.notRecognised()).clearance(crcl);
  }

  /** Whether the level's retropulsion and canal compromise are already asked as missing (not to verify again). */
  private static boolean asked(Verdict retropulsion, int index) {
    for (int i = 0; i < retropulsion.size(); i++) {
      Integer fracture = retropulsion.finding(i).fracture();
      if (fracture != null && fracture == index) {
        return true;
      }
    }
    return false;
  }

  /** Whether a candidate level's retropulsion waits on the examination for myelopathy. */
  private static boolean retropulsionOpen(FractureStates fractures, Verdict[][] levels) {
    for (int i = 0; i < levels.length; i++) {
      if (fractures.candidate(i) && levels[i][1].isUnknown()) {
        return true;
      }
    }
    return false;
  }
}
