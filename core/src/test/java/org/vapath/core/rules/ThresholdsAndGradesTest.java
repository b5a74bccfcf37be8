package org.vapath.core.rules;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.rules.Codes.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;

class ThresholdsAndGradesTest {
  private static final LocalDate RECENT = LocalDate.of(2026, 11, 20);

  @ParameterizedTest(name = "INR {0}: correct={1}")
  @CsvSource({
      "0.9,  false",
      "1.5,  false",
      "1.51, true",
      "2.6,  true",
      "9.0,  true"})
  void inrAboveTheThresholdIsCorrectedAndRecheckedNotContraindicated(double inr, boolean correct) {
    Assessment a = assess(CaseBuilder.indicated().lab(LabTest.INR, inr, RECENT).build());

    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(codes(a.preparation())).isEqualTo(correct ? List.of("CORRECT_INR", "RECHECK_INR") : List.of());
  }

  @ParameterizedTest(name = "platelets {0}: transfuse={1}")
  @CsvSource({
      "231,  false",
      "50,   false",
      "49.9, true",
      "31,   true",
      "5,    true"})
  void plateletsBelowTheThresholdAskToConsiderTransfusion(double platelets, boolean transfuse) {
    Assessment a = assess(CaseBuilder.indicated().lab(LabTest.PLATELETS, platelets, RECENT).build());

    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(codes(a.preparation()))
        .isEqualTo(transfuse ? List.of("CONSIDER_PLATELET_TRANSFUSION") : List.of());
  }

  @ParameterizedTest(name = "INR {0} with institution's 1.8: correct={1}")
  @CsvSource({"1.6, false", "1.8, false", "1.81, true"})
  void anInstitutionalInrThresholdIsAppliedAndReported(double inr, boolean correct) {
    KnowledgePack pack = KnowledgePackJson.embedded().withThresholds(Map.of(KnowledgePack.INR_MAX, 1.8), "test");
    Assessment a = new Engine(pack).assess(CaseBuilder.indicated().lab(LabTest.INR, inr, RECENT).build());

    assertThat(codes(a.preparation()).contains("CORRECT_INR")).isEqualTo(correct);
    assertThat(a.knowledgeOverrides()).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("inr.max");
      assertThat(o.value()).isEqualTo(1.8);
      assertThat(o.packValue()).isEqualTo(1.5);
    });
  }

  /** Genant: grade 0 below 20%, 1 from 20%, 2 from 25% up to 40%, 3 above 40%. */
  @ParameterizedTest(name = "{0}% height loss: grade {1}")
  @CsvSource({
      "0,    0",
      "19.9, 0",
      "20,   1",
      "24.9, 1",
      "25,   2",
      "40,   2",
      "40.1, 3",
      "100,  3"})
  void genantGradeFromHeightLoss(double heightLoss, int grade) {
    Fracture fracture = new Fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS, heightLoss, true, false, false, true);

    assertThat(assess(CaseBuilder.indicated().fractures(fracture).build()).levels().get(0).genantGrade())
        .isEqualTo(grade);
  }
}
