package org.vapath.core.rules;

import java.util.List;
import java.util.function.Function;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.catalogue.CriterionInfo;

/**
 * The engine's criteria: what each one is ({@link #catalogue()}, for {@code vapath knowledge} and
 * the README), and the assessment they make together ({@link #assessor}, which
 * {@link org.vapath.core.Engine} applies). Every criterion is a class of this package that declares
 * its {@code INFO}; the classes themselves are not API.
 */
public final class Criteria {
  private static final List<CriterionInfo> CATALOGUE = List.of(
      Asymptomatic.INFO, ImprovingWithTherapy.INFO, ActiveInfection.INFO, UncorrectableCoagulopathy.INFO,
      CementAllergy.INFO, Pregnancy.INFO, RetropulsionWithMyelopathy.INFO, TumorCanalCompromise.INFO,
      FracturesRecorded.INFO, SpineImaging.INFO, PainScores.INFO, NeuroExam.INFO, CrossSectionalImaging.INFO,
      RetropulsionStatus.INFO, PlateletCount.INFO, InrCheck.INFO, WbcCount.INFO, Leukocytosis.INFO,
      MedicationsRecorded.INFO, CreatinineClearance.INFO, AntithromboticHolds.INFO, PainfulFracture.INFO,
      FractureAcuity.INFO, NeurologicalDeficit.INFO, LevelsPerSession.INFO, CervicalLevel.INFO, PosteriorWall.INFO,
      EpiduralExtension.INFO, VertebraPlana.INFO, ChronicLowPain.INFO, SpinalInstability.INFO, CordCompression.INFO,
      RecordRead.INFO, ReportedFacts.INFO, SacralLevel.INFO, SecondaryPrevention.INFO, OncologyFollowUp.INFO,
      FirstFollowUp.INFO, PayerCoverage.INFO, ProcedureRules.INFO, ConsentFigures.INFO);

  private Criteria() {
  }

  /** Every criterion, in the order the engine applies them. */
  public static List<CriterionInfo> catalogue() {
    return CATALOGUE;
  }

  /** The assessment of a case by every criterion under {@code pack}: pure, deterministic, thread-safe. */
  public static Function<Case, Assessment> assessor(KnowledgePack pack) {
    return new Assessor(pack)::assess;
  }
}
