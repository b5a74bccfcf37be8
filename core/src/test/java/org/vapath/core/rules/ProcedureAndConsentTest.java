package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.testing.CaseBuilder.fracture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.PercentRange;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;

class ProcedureAndConsentTest {

  @ParameterizedTest(name = "{0}% height loss: {1}")
  @CsvSource({"30, VERTEBROPLASTY", "50, VERTEBROPLASTY", "50.5, KYPHOPLASTY", "70, KYPHOPLASTY"})
  void theAdvisoryPreferenceFollowsHeightLoss(double heightLoss, String preferred) {
    Fracture f = new Fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS, heightLoss, true, false, false, true);
    Assessment a = assess(CaseBuilder.indicated().fractures(f).build());

    assertThat(a.procedure().options()).containsExactly("VERTEBROPLASTY", "KYPHOPLASTY");
    assertThat(a.procedure().preferred()).isEqualTo(preferred);
    assertThat(a.procedure().access()).isEqualTo("TRANSPEDICULAR");
  }

  @Test
  void unknownHeightLossGivesNoPreference() {
    Fracture f = new Fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS, null, true, false, false, true);

    Assessment a = assess(CaseBuilder.indicated().fractures(f).build());

    assertThat(a.procedure().preferred()).isNull();
    assertThat(a.procedure().rationale()).contains("not recorded");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"L1, FLUOROSCOPY", "T10, FLUOROSCOPY", "T5, FLUOROSCOPY", "T4, FLUOROSCOPY+CT", "T1, FLUOROSCOPY+CT",
      "C6, FLUOROSCOPY+CT"})
  void ctGuidanceIsAdvisedForUpperThoracicAndCervicalLevels(VertebralLevel level, String guidance) {
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(level, Etiology.OSTEOPOROSIS)).build());

    assertThat(String.join("+", a.procedure().guidance())).isEqualTo(guidance);
  }

  @Test
  void anUnrecordedLevelSaysSoInTheGuidanceAndNamesPneumothorax() {
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(null, Etiology.OSTEOPOROSIS)).build());

    assertThat(a.procedure().guidanceBasis()).contains("level is not recorded: CT if it is at C1-T4.");
    assertThat(a.risk().complications()).contains("PNEUMOTHORAX");
    assertThat(a.levels().get(0).level()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"OSTEOPOROSIS, 3, 90, 90", "MALIGNANCY, 10, 70, 97"})
  void riskAndBenefitFiguresFollowTheEtiology(Etiology etiology, double risk, double low, double high) {
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L2, etiology)).build());

    assertThat(a.risk().complicationRatePercent()).isEqualTo(risk);
    assertThat(a.expectedBenefit().painReliefPercent()).isEqualTo(new PercentRange(low, high));
  }

  @Test
  void hemangiomaHasNoPublishedFigureAndSaysSo() {
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L3, Etiology.HEMANGIOMA)).build());

    assertThat(a.risk().complicationRatePercent()).isNull();
    assertThat(a.risk().basis()).contains("No complication rate is published");
    assertThat(a.expectedBenefit().painReliefPercent()).isNull();
    assertThat(a.expectedBenefit().basis()).contains("No figure");
  }

  @Test
  void theWorstEtiologyAmongTreatableLevelsDecidesTheFigures() {
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L2, Etiology.OSTEOPOROSIS),
        fracture(VertebralLevel.T9, Etiology.MALIGNANCY)).build());

    assertThat(a.risk().complicationRatePercent()).isEqualTo(10.0);
    assertThat(a.risk().etiology()).isEqualTo("malignancy");
  }

  @Test
  void anExcludedMalignantLevelDoesNotRaiseTheFigures() {
    Fracture compromised = new Fracture(VertebralLevel.T9, Etiology.MALIGNANCY, 30.0, true, false, true, true);
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L2, Etiology.OSTEOPOROSIS),
        compromised).build());

    assertThat(a.risk().complicationRatePercent()).isEqualTo(3.0);
  }

  @Test
  void pneumothoraxIsNamedOnlyWhenAThoracicLevelIsTreated() {
    assertThat(assess(CaseBuilder.indicated().build()).risk().complications()).doesNotContain("PNEUMOTHORAX")
        .hasSize(5);
    assertThat(assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.T7, Etiology.OSTEOPOROSIS)).build())
        .risk().complications()).contains("PNEUMOTHORAX").hasSize(6);
  }
}
