package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.testing.CaseBuilder.fracture;

import org.junit.jupiter.api.Test;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;

class DecisionRulesTest {

  @Test
  void aContraindicationTakesPrecedenceOverMissingFacts() {
    Assessment a = assess(CaseBuilder.indicated().infection(InfectionStatus.LOCAL).pain(null).build());

    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
    assertThat(a.decisionBasis()).startsWith("Contraindicated:");
  }

  @Test
  void traumaIsNotIndicatedEvenWithMissingLabs() {
    Assessment a = assess(CaseBuilder.indicated().labs().fractures(fracture(VertebralLevel.L1, Etiology.TRAUMA))
        .build());

    assertThat(a.decision()).isEqualTo(Decision.NOT_INDICATED);
    assertThat(a.levels()).extracting(LevelAssessment::decision).containsExactly(Decision.NOT_INDICATED);
  }

  @Test
  void aPainlessOsteoporoticLevelBesideATraumaticOneIsNotIndicated() {
    Fracture painless = new Fracture(VertebralLevel.T12, Etiology.OSTEOPOROSIS, 25.0, false, false, false, false);
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L1, Etiology.TRAUMA), painless)
        .build());

    assertThat(a.decision()).isEqualTo(Decision.NOT_INDICATED);
  }

  @Test
  void aKnownLevelStaysIndicatedBesideALevelOfUnknownCauseWhileThePatientIsIncomplete() {
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS),
        fracture(VertebralLevel.T6, Etiology.UNKNOWN)).build());

    assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(a.levels()).extracting(LevelAssessment::level, LevelAssessment::decision).containsExactly(
        org.assertj.core.groups.Tuple.tuple("L1", Decision.INDICATED),
        org.assertj.core.groups.Tuple.tuple("T6", Decision.INCOMPLETE));
  }

  @Test
  void aPatientContraindicationMakesEveryCandidateLevelContraindicated() {
    Assessment a = assess(CaseBuilder.indicated().infection(InfectionStatus.SYSTEMIC).build());

    assertThat(a.levels()).singleElement().satisfies(l -> {
      assertThat(l.decision()).isEqualTo(Decision.CONTRAINDICATED);
      assertThat(l.reasons()).containsExactly("ACTIVE_INFECTION");
    });
  }

  @Test
  void indicatedNamesTheIndicationInItsBasis() {
    Assessment a = assess(CaseBuilder.indicated().build());

    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(a.decisionBasis()).contains("L1", "osteoporosis", "ongoing pain");
    assertThat(a.indications()).singleElement().satisfies(i -> assertThat(i.code())
        .isEqualTo("PAINFUL_OSTEOPOROTIC_VCF"));
  }
}
