package org.vapath.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.model.Pain;
import org.vapath.core.model.RecordIssue;
import org.vapath.core.testing.CaseArbitraries;
import org.vapath.core.testing.CaseEdits;

/** The safety rules of the engine, over random cases. */
class EnginePropertiesTest {
  private static final Engine ENGINE = Engine.withEmbeddedKnowledge();

  @Provide
  Arbitrary<Case> cases() {
    return CaseArbitraries.cases();
  }

  @Property(tries = 1000)
  void addingAContraindicationNeverMovesTheDecisionTowardsIndicated(@ForAll("cases") Case kase,
      @ForAll CaseEdits.Contraindication contraindication) {
    Assessment before = ENGINE.assess(kase);
    Assessment after = ENGINE.assess(contraindication.apply(kase));
    Statistics.collect(before.decision());
    Statistics.coverage(coverage -> {
      // The property means something only if the random cases reach every decision, INDICATED included.
      for (Decision decision : Decision.values()) {
        coverage.check(decision).percentage(p -> p > 1);
      }
    });

    assertThat(after.decision().eligibility()).isLessThanOrEqualTo(before.decision().eligibility());
  }

  /** Version 2: a caution is weighed by the clinician; it never decides, in either direction. */
  @Property(tries = 700)
  void aCautionNeverChangesTheDecisionNorTheLists(@ForAll("cases") Case kase, @ForAll CaseEdits.Caution caution) {
    Assessment before = ENGINE.assess(kase);
    Assessment after = ENGINE.assess(caution.apply(kase));

    assertThat(after.decision()).isEqualTo(before.decision());
    assertThat(after.levels()).extracting(LevelAssessment::decision)
        .containsExactlyElementsOf(before.levels().stream().map(LevelAssessment::decision).toList());
    assertThat(after.contraindications()).isEqualTo(before.contraindications());
    assertThat(after.missing()).isEqualTo(before.missing());
  }

  /** Adding a contraindication and then a caution, or a caution alone, never makes a case more eligible. */
  @Property(tries = 700)
  void addingACautionOrAContraindicationNeverMakesACaseMoreEligible(@ForAll("cases") Case kase,
      @ForAll CaseEdits.Caution caution, @ForAll CaseEdits.Contraindication contraindication) {
    int before = ENGINE.assess(kase).decision().eligibility();

    assertThat(ENGINE.assess(caution.apply(kase)).decision().eligibility()).isLessThanOrEqualTo(before);
    assertThat(ENGINE.assess(caution.apply(contraindication.apply(kase))).decision().eligibility())
        .isLessThanOrEqualTo(before);
  }

  @Property(tries = 1000)
  void removingARequiredFactNeverYieldsIndicated(@ForAll("cases") Case kase,
      @ForAll CaseEdits.RequiredFact fact) {
    Case edited = fact.apply(kase);
    boolean changed = !edited.equals(kase);

    if (changed) {
      assertThat(ENGINE.assess(edited).decision()).isNotEqualTo(Decision.INDICATED);
    }
  }

  @Property(tries = 500)
  void aPartOfTheRecordLeftUnreadNeverMovesTheDecisionTowardsIndicatedNorToNotIndicated(
      @ForAll("cases") Case kase) {
    Case unread = new Case(kase.caseId(), kase.assessedOn(), kase.patient(), kase.pain(), kase.medicalTherapy(),
        kase.neuro(), kase.infection(), kase.coagulopathy(), kase.allergies(), kase.medications(), kase.renal(),
        kase.labs(), kase.imaging(), kase.fractures(),
        List.of(new RecordIssue("Condition.ndjson line 3", null, "is not valid JSON")));
    Assessment before = ENGINE.assess(kase);
    Assessment after = ENGINE.assess(unread);

    assertThat(after.decision()).isNotEqualTo(Decision.NOT_INDICATED);
    if (before.decision() != Decision.NOT_INDICATED) {
      assertThat(after.decision()).isEqualTo(before.decision());
    }
    assertThat(after.toVerify()).extracting(Finding::code).contains("RECORD_UNREADABLE");
  }

  @Property(tries = 500)
  void aGeneralPainScoreOfZeroNeverMakesACaseContraindicated(@ForAll("cases") Case kase) {
    Case scored = new Case(kase.caseId(), kase.assessedOn(), kase.patient(),
        new Pain(null, 0.0, kase.pain().onset(), kase.assessedOn()), kase.medicalTherapy(), kase.neuro(),
        kase.infection(), kase.coagulopathy(), kase.allergies(), kase.medications(), kase.renal(), kase.labs(),
        kase.imaging(), kase.fractures(), kase.recordIssues());
    Case unknown = new Case(kase.caseId(), kase.assessedOn(), kase.patient(),
        new Pain(null, null, kase.pain().onset(), null), kase.medicalTherapy(), kase.neuro(),
        kase.infection(), kase.coagulopathy(), kase.allergies(), kase.medications(), kase.renal(), kase.labs(),
        kase.imaging(), kase.fractures(), kase.recordIssues());

    assertThat(ENGINE.assess(scored).decision()).isEqualTo(ENGINE.assess(unknown).decision());
    // A painless level (painGenerator false) is the case's own fact; the score makes no patient asymptomatic.
    assertThat(ENGINE.assess(scored).contraindications()).filteredOn(f -> f.fracture() == null)
        .extracting(Finding::code).doesNotContain("ASYMPTOMATIC");
  }

  @Property(tries = 200)
  void theSameCaseAlwaysGivesTheSameAssessment(@ForAll("cases") Case kase) {
    Assessment first = ENGINE.assess(kase);
    Assessment second = Engine.withEmbeddedKnowledge().assess(kase);

    assertThat(second).isEqualTo(first);
    assertThat(AssessmentJson.compact(second)).isEqualTo(AssessmentJson.compact(first));
  }

  @Property(tries = 300)
  void everyFindingCitesASourceOfThePack(@ForAll("cases") Case kase) {
    Assessment a = ENGINE.assess(kase);
    List<String> sources = new ArrayList<>();
    for (List<Finding> findings : List.of(a.indications(), a.contraindications(), a.missing(), a.toVerify(),
        a.workup(), a.preparation(), a.cautions(), a.followUp())) {
      findings.forEach(f -> sources.addAll(f.sources()));
    }
    if (a.coverage() != null) {
      sources.add(a.coverage().source());
      a.coverage().criteria().forEach(c -> sources.addAll(c.sources()));
    }
    if (a.creatinineClearance() != null) {
      sources.add(a.creatinineClearance().source());
    }
    a.holdPlan().stream().map(HoldItem::source).forEach(sources::add);
    sources.add(a.risk().source());
    sources.add(a.expectedBenefit().source());
    if (a.procedure() != null) {
      sources.add(a.procedure().source());
    }
    for (String source : sources) {
      for (String id : source.split("; ")) {
        assertThat(ENGINE.knowledge().sources()).containsKey(id);
      }
    }
  }

  @Property(tries = 500)
  void indicatedMeansNothingMissingNoContraindicationForThePatientAndAnIndicatedLevel(@ForAll("cases") Case kase) {
    Assessment a = ENGINE.assess(kase);

    if (a.decision() == Decision.INDICATED) {
      assertThat(a.missing()).isEmpty();
      assertThat(a.contraindications()).allSatisfy(c -> assertThat(c.fracture()).isNotNull());
      assertThat(a.levels()).extracting(LevelAssessment::decision).contains(Decision.INDICATED);
      assertThat(a.indications()).isNotEmpty();
    }
  }

  @Property(tries = 300)
  void anUnknownEtiologyIsNeverNotIndicatedWhenItIsTheOnlyPainfulFracture(@ForAll("cases") Case kase) {
    Case edited = CaseEdits.RequiredFact.ETIOLOGY.apply(kase);
    Assessment a = ENGINE.assess(edited);

    // A sacral fracture is sacroplasty's, not augmentation's: alone, it is not indicated whatever its cause.
    if (edited.fracturesOrNone().size() == 1 && !edited.fractures().get(0).sacral()
        && a.contraindications().isEmpty()) {
      assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    }
  }
}
