package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.rules.Codes.codes;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Acuity;
import org.vapath.core.assessment.CoverageItem;
import org.vapath.core.assessment.Decision;
import org.vapath.core.catalogue.Status;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Sex;
import org.vapath.core.model.Sins;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;
import org.vapath.core.testing.Fractures;

/**
 * The bounds of version 2 (issue 17, "Done when"), one row per side of each: acuity at 6 and 12 weeks,
 * NRS 5 and 8, RMDQ 17, height loss 25% and 80%, SINS 7 and 13, WBC 11, four levels. A caution never
 * changes the decision, so every row here is INDICATED.
 */
class VersionTwoBoundariesTest {
  private static CoverageItem criterion(Assessment a, String code) {
    return a.coverage().criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "onset {0} days before: {1}")
  @CsvSource(nullValues = "-", value = {"0, ACUTE", "41, ACUTE", "42, SUBACUTE", "84, SUBACUTE", "85, CHRONIC",
      "400, CHRONIC", "-, UNKNOWN"})
  void acuityCountsTheDaysFromThePainOnset(Integer days, Acuity acuity) {
    Assessment a = assess(CaseBuilder.indicated().onsetDaysBefore(days).build());

    assertThat(a.levels()).singleElement().satisfies(l -> {
      assertThat(l.acuity()).isEqualTo(acuity);
      assertThat(l.edema()).as("edema shown beside, not changing it").isTrue();
    });
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @ParameterizedTest(name = "{0} days, NRS {1}: {2}")
  @CsvSource(nullValues = "-", value = {
      "85, 6,  CHRONIC_LOW_PAIN",
      "85, 7,  -",
      "84, 6,  -",
      "85, -,  -",
      "-,  3,  -"})
  void aChronicFractureWithPainOfSixOrLessIsCautioned(Integer days, Double nrs, String caution) {
    Assessment a = assess(CaseBuilder.indicated().onsetDaysBefore(days).nrs(nrs).build());

    assertThat(codes(a.cautions())).isEqualTo(caution == null ? List.of() : List.of(caution));
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @ParameterizedTest(name = "NRS {0}, hospitalized {1}: {2}")
  @CsvSource(nullValues = "-", value = {
      "8, true,  MET",
      "8, -,     MET",
      "7, true,  NOT_MET",
      "5, false, MET",
      "5, true,  NOT_MET",
      "5, -,     UNKNOWN",
      "4, false, NOT_MET",
      "-, false, UNKNOWN"})
  void thePayersPainThresholdIsEightForAnInpatientAndFiveOtherwise(Double nrs, Boolean hospitalized, Status status) {
    Assessment a = assess(CaseBuilder.indicated().nrs(nrs).patient(new Patient(78, Sex.FEMALE, null, hospitalized,
        null)).build());

    assertThat(criterion(a, "COV_PAIN_THRESHOLD").status()).isEqualTo(status);
  }

  @ParameterizedTest(name = "RMDQ {0}, height loss {1}%, kyphosis {2}, NRS {3}: {4}")
  @CsvSource(nullValues = "-", value = {
      "18, 26, -,     5, MET",
      "17, 26, false, 5, NOT_MET",
      "18, 25, false, 5, NOT_MET",
      "18, 25, true,  5, MET",
      "18, 26, -,     4, NOT_MET",
      "-,  26, false, 8, UNKNOWN",
      "17, 30, -,     8, UNKNOWN"})
  void theTrajectoryNeedsTwoOfHeightLossAbove25KyphosisAndRmdqAbove17(Integer rmdq, double heightLoss,
      Boolean kyphotic, Double nrs, Status status) {
    Fracture fracture = Fractures.uptake(Fractures.heightLoss(CaseBuilder.fracture(VertebralLevel.L1,
        Etiology.OSTEOPOROSIS), heightLoss), true, null, kyphotic);
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture).function(rmdq).nrs(nrs).build());

    assertThat(criterion(a, "COV_TRAJECTORY").status()).isEqualTo(status);
  }

  @ParameterizedTest(name = "height loss {0}%: {1}")
  @CsvSource(nullValues = "-", value = {"79, -", "79.9, -", "80, VERTEBRA_PLANA", "95, VERTEBRA_PLANA"})
  void heightLossOf80PercentOrMoreIsFlaggedAsVertebraPlana(double heightLoss, String caution) {
    Fracture fracture = Fractures.heightLoss(CaseBuilder.fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS),
        heightLoss);
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture).build());

    assertThat(codes(a.cautions())).isEqualTo(caution == null ? List.of() : List.of(caution));
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @ParameterizedTest(name = "SINS {0}: {1}")
  @CsvSource(nullValues = "-", value = {"6, -", "7, SINS_POTENTIALLY_UNSTABLE", "12, SINS_POTENTIALLY_UNSTABLE",
      "13, SINS_UNSTABLE", "18, SINS_UNSTABLE"})
  void sinsFrom7IsPotentiallyUnstableAndFrom13Unstable(int total, String caution) {
    Fracture fracture = Fractures.v2(CaseBuilder.fracture(VertebralLevel.T9, Etiology.MALIGNANCY), false, false,
        Sins.ofTotal(total), null);
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture).build());

    assertThat(codes(a.cautions())).isEqualTo(caution == null ? List.of() : List.of(caution));
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @ParameterizedTest(name = "WBC {0}: {1}")
  @CsvSource(nullValues = "-", value = {"10.9, -", "11, -", "11.1, LEUKOCYTOSIS", "18.5, LEUKOCYTOSIS"})
  void aWbcAbove11IsLeukocytosisToVerifyNeverAContraindication(double wbc, String code) {
    Assessment a = assess(CaseBuilder.indicated().lab(LabTest.WBC, wbc, CaseBuilder.ASSESSED_ON.minusDays(2))
        .build());

    assertThat(codes(a.toVerify()).contains("LEUKOCYTOSIS")).isEqualTo(code != null);
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @ParameterizedTest(name = "{0} levels: {1}")
  @CsvSource(nullValues = "-", value = {"3, -", "4, MORE_THAN_THREE_LEVELS", "5, MORE_THAN_THREE_LEVELS"})
  void moreThanThreeIndicatedLevelsInOneSessionIsCautioned(int count, String caution) {
    Fracture[] levels = new Fracture[count];
    for (int i = 0; i < count; i++) {
      levels[i] = CaseBuilder.fracture(VertebralLevel.valueOf("T" + (8 + i)), Etiology.OSTEOPOROSIS);
    }
    Assessment a = assess(CaseBuilder.indicated().fractures(levels).build());

    assertThat(codes(a.cautions())).isEqualTo(caution == null ? List.of() : List.of(caution));
    assertThat(a.levels()).allSatisfy(l -> assertThat(l.decision()).isEqualTo(Decision.INDICATED));
  }

  /** The worked example of vignette P33 (knowledge s18): (140 - 80) x 60 / (72 x 1.2) x 0.85 = 35.42 mL/min. */
  @ParameterizedTest(name = "creatinine {0} mg/dL, {1} kg, {2} years, {3}: {4} mL/min")
  @CsvSource({
      "1.2,    60, 80, FEMALE, 35.4166667",
      "1.2,    60, 80, MALE,   41.6666667",
      "1.6968, 80, 70, MALE,   45.8379",
      "1.0,    72, 40, FEMALE, 85.0"})
  void theClearanceIsComputedByCockcroftGaultUnrounded(double creatinine, double weight, int age, Sex sex,
      double clearance) {
    Assessment a = assess(CaseBuilder.indicated().clearance(null).patient(new Patient(age, sex, false, null, weight))
        .lab(LabTest.CREATININE, creatinine, CaseBuilder.ASSESSED_ON.minusDays(3)).build());

    assertThat(a.creatinineClearance().mlMin()).isCloseTo(clearance, within(1e-3));
    assertThat(a.creatinineClearance().computed()).isTrue();
    assertThat(a.creatinineClearance().source()).isEqualTo("CG-1976");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "no creatinine,        -,   60, 80, FEMALE",
      "no weight,            1.2, -,  80, FEMALE",
      "sex other,            1.2, 60, 80, OTHER",
      "no age,               1.2, 60, -,  FEMALE"})
  void withoutCreatinineWeightAgeOrSexTheClearanceIsUnknownNeverGuessed(String what, Double creatinine,
      Double weight, Integer age, Sex sex) {
    CaseBuilder kase = CaseBuilder.indicated().clearance(null).patient(new Patient(age, sex, false, null, weight))
        .medication("apixaban", CaseBuilder.ASSESSED_ON.minusDays(1), null);
    if (creatinine != null) {
      kase.lab(LabTest.CREATININE, creatinine, CaseBuilder.ASSESSED_ON.minusDays(3));
    }
    Assessment a = assess(kase.build());

    assertThat(a.creatinineClearance()).isNull();
    assertThat(a.holdPlan()).singleElement().satisfies(h -> {
      assertThat(h.provisional()).isTrue();
      assertThat(h.earliestProcedureDate()).isNull();
    });
    assertThat(codes(a.toVerify())).contains("CREATININE_CLEARANCE");
  }

  @ParameterizedTest(name = "creatinine {0} days old")
  @CsvSource({"30, true", "31, false"})
  void onlyACreatinineWithinTheLabWindowComputesTheClearance(int daysOld, boolean computed) {
    Assessment a = assess(CaseBuilder.indicated().clearance(null).patient(new Patient(80, Sex.FEMALE, null, null,
        60.0)).lab(LabTest.CREATININE, 1.2, CaseBuilder.ASSESSED_ON.minusDays(daysOld)).build());

    assertThat(a.creatinineClearance() != null).isEqualTo(computed);
  }
}
