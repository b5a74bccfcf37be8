package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.rules.Codes.codes;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.Medication;
import org.vapath.core.model.MedicationRoute;
import org.vapath.core.model.Modality;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Sex;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;
import org.vapath.core.testing.Fractures;

/** The rules of case-format.md, "Version 2 rulings", each on the smallest case that shows it. */
class VersionTwoRulesTest {
  private static final LocalDate LAST_DOSE = CaseBuilder.ASSESSED_ON.minusDays(1);

  @ParameterizedTest(name = "{0} {1}, pregnant {2}: {3}")
  @CsvSource(nullValues = "-", value = {
      "11, FEMALE,  -,     -",
      "12, FEMALE,  -,     PREGNANCY_STATUS",
      "50, FEMALE,  -,     PREGNANCY_STATUS",
      "51, FEMALE,  -,     -",
      "30, MALE,    -,     -",
      "30, OTHER,   -,     PREGNANCY_STATUS",
      "30, UNKNOWN, -,     PREGNANCY_STATUS",
      "30, -,       -,     PREGNANCY_STATUS",
      "-,  FEMALE,  -,     PREGNANCY_STATUS",
      "30, FEMALE,  false, -",
      "30, FEMALE,  true,  PREGNANCY"})
  void pregnancyIsAContraindicationAndItsStatusIsAskedAtChildBearingAge(Integer age, Sex sex, Boolean pregnant,
      String code) {
    Assessment a = assess(CaseBuilder.indicated().patient(new Patient(age, sex, pregnant, null, null)).build());

    assertThat(codes(a.contraindications()).contains("PREGNANCY")).isEqualTo("PREGNANCY".equals(code));
    assertThat(codes(a.toVerify()).contains("PREGNANCY_STATUS")).isEqualTo("PREGNANCY_STATUS".equals(code));
    assertThat(a.decision()).isEqualTo("PREGNANCY".equals(code) ? Decision.CONTRAINDICATED : Decision.INDICATED);
  }

  @Test
  void aSacralLevelIsNotAVertebralAugmentation() {
    Fracture s1 = new Fracture(VertebralLevel.S1, Etiology.UNKNOWN, null, true, null, null, null);
    Assessment sacralOnly = assess(CaseBuilder.indicated().fractures(s1).build());
    Assessment withL1 = assess(CaseBuilder.indicated().fractures(s1,
        CaseBuilder.fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS)).build());

    assertThat(sacralOnly.decision()).isEqualTo(Decision.NOT_INDICATED);
    assertThat(sacralOnly.missing()).as("its cause is not asked").isEmpty();
    assertThat(sacralOnly.levels()).singleElement().satisfies(l -> {
      assertThat(l.decision()).isEqualTo(Decision.NOT_INDICATED);
      assertThat(l.reasons()).containsExactly("SACRAL_LEVEL");
    });
    assertThat(withL1.decision()).isEqualTo(Decision.INDICATED);
    assertThat(withL1.levels()).extracting(LevelAssessment::decision)
        .containsExactly(Decision.NOT_INDICATED, Decision.INDICATED);
    assertThat(codes(withL1.toVerify())).as("nothing asked of S1").doesNotContain("PAIN_GENERATOR", "RETROPULSION");
  }

  @Test
  void withNoFractureRecordedTheDecisionIsNotIndicatedAndItsContraindicationsAreStillListed() {
    Assessment a = assess(CaseBuilder.indicated().fractures().infection(InfectionStatus.SYSTEMIC)
        .pain(PainStatus.NONE).build());

    assertThat(a.decision()).isEqualTo(Decision.NOT_INDICATED);
    assertThat(codes(a.contraindications())).containsExactly("ACTIVE_INFECTION");
  }

  @ParameterizedTest(name = "myelopathy, imaging {0}, retropulsion {1}, canal {2}, {3}: missing {4}")
  @CsvSource(nullValues = "-", value = {
      "MRI,        -,     false, OSTEOPOROSIS, RETROPULSION_STATUS",
      "MRI,        false, -,     MALIGNANCY,   RETROPULSION_STATUS",
      "MRI,        false, -,     OSTEOPOROSIS, -",
      "MRI,        false, false, MALIGNANCY,   -",
      "CT,         -,     false, HEMANGIOMA,   RETROPULSION_STATUS",
      "RADIOGRAPH, -,     false, OSTEOPOROSIS, CROSS_SECTIONAL_IMAGING"})
  void withMyelopathyAndCtOrMriRetropulsionAndTumourCanalCompromiseMustBeKnown(Modality modality,
      Boolean retropulsion, Boolean canal, Etiology etiology, String missing) {
    Fracture fracture = Fractures.with(CaseBuilder.fracture(VertebralLevel.L2, etiology), etiology, retropulsion,
        canal, true);
    Assessment a = assess(CaseBuilder.indicated().neuro(true, false).imaging(modality).fractures(fracture).build());

    assertThat(codes(a.missing())).isEqualTo(missing == null ? List.of() : List.of(missing));
    assertThat(codes(a.cautions())).contains("NEUROLOGICAL_DEFICIT");
  }

  @ParameterizedTest(name = "{0}, route {1}, intensity {2}: {3}, earliest {4}")
  @CsvSource(nullValues = "-", value = {
      "heparin,              SC, -,            24 hours,  2026-11-23",
      "heparin,              IV, -,            4-6 hours, 2026-11-23",
      "heparin,              -,  -,            24 hours,  2026-11-23",
      "heparin lock flush,   -,  -,            24 hours,  2026-11-23",
      "enoxaparin,           SC, PROPHYLACTIC, 12 hours,  2026-11-23",
      "dalteparin,           SC, THERAPEUTIC,  24 hours,  2026-11-23",
      "diclofenac,           -,  -,            1 day,     2026-11-24",
      "ketorolac,            -,  -,            1 day,     2026-11-24",
      "ibuprofen 600 mg,     -,  -,            1 day,     2026-11-24",
      "etodolac,             -,  -,            2 days,    2026-11-25",
      "indomethacin,         -,  -,            2 days,    2026-11-25",
      "naproxen sodium,      -,  -,            4 days,    2026-11-27",
      "meloxicam,            -,  -,            4 days,    2026-11-27",
      "nabumetone,           -,  -,            6 days,    2026-11-29",
      "oxaprozin,            -,  -,            10 days,   2026-12-03",
      "piroxicam,            -,  -,            10 days,   2026-12-03",
      "cilostazol,           -,  -,            2 days,    2026-11-25"})
  void theVersionTwoHoldsByRouteIntensityAndDrug(String name, MedicationRoute route,
      org.vapath.core.model.DoseIntensity intensity, String hold, LocalDate earliest) {
    Assessment a = assess(CaseBuilder.indicated().medications(List.of(new Medication(name, LAST_DOSE, intensity, null,
        route))).build());

    assertThat(a.holdPlan()).singleElement().satisfies(h -> {
      assertThat(h.hold()).isEqualTo(hold);
      assertThat(h.earliestProcedureDate()).isEqualTo(earliest);
      assertThat(h.provisional()).isFalse();
    });
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @Test
  void ivHeparinNamesTheConflictWithAsraInItsSourceAndScHeparinCitesAsra() {
    Assessment iv = assess(CaseBuilder.indicated().medications(List.of(new Medication("heparin", LAST_DOSE, null, null,
        MedicationRoute.IV))).build());
    Assessment sc = assess(CaseBuilder.indicated().medications(List.of(new Medication("heparin", LAST_DOSE, null, null,
        MedicationRoute.SC))).build());

    assertThat(iv.preparation()).singleElement().satisfies(f -> assertThat(f.source())
        .startsWith("SIR-HEM-2019 (confirm; conflicts with ASRA-TABLE, which gives 6 hours"));
    assertThat(sc.preparation()).singleElement().satisfies(f -> assertThat(f.source())
        .isEqualTo("ASRA-TABLE (confirm)"));
  }

  @ParameterizedTest(name = "{0}: {1} days, provisional, no date")
  @CsvSource({"apixaban, 2 days", "rivaroxaban, 2 days", "edoxaban, 2 days", "dabigatran, 4 days"})
  void aDoacWithUnknownClearanceIsHeldProvisionallyWithNoEarliestDate(String drug, String hold) {
    Assessment a = assess(CaseBuilder.indicated().clearance(null).medication(drug, LAST_DOSE, null).build());

    assertThat(a.holdPlan()).singleElement().satisfies(h -> {
      assertThat(h.hold()).isEqualTo(hold);
      assertThat(h.provisional()).isTrue();
      assertThat(h.earliestProcedureDate()).isNull();
    });
    assertThat(a.preparation()).singleElement().satisfies(f -> {
      assertThat(f.sources()).contains("institutional default");
      assertThat(f.institutionalDefault()).isTrue();
    });
    assertThat(codes(a.toVerify())).contains("CREATININE_CLEARANCE");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "OSTEOPOROSIS | BMD_REFERRAL, OSTEOPOROSIS_TREATMENT, FRACTURE_LIAISON, FIRST_FOLLOW_UP",
      "MALIGNANCY   | RADIATION_ONCOLOGY_OPINION, BIOPSY_AT_AUGMENTATION, FIRST_FOLLOW_UP",
      "HEMANGIOMA   | FIRST_FOLLOW_UP",
      "UNKNOWN      | BMD_REFERRAL, OSTEOPOROSIS_TREATMENT, FRACTURE_LIAISON, BIOPSY_AT_AUGMENTATION",
      "TRAUMA       | "})
  void followUpFollowsTheEtiologyWhateverTheDecisionAndTheFirstVisitOnlyWhenIndicated(Etiology etiology,
      String followUp) {
    Assessment a = assess(CaseBuilder.indicated().fractures(CaseBuilder.fracture(VertebralLevel.L1, etiology))
        .build());

    assertThat(codes(a.followUp())).isEqualTo(followUp == null ? List.of() : List.of(followUp.split(", ")));
  }

  @Test
  void documentedBoneHealthCareIsNotAskedAgain() {
    Assessment a = assess(CaseBuilder.indicated().osteoporosisCare(true, false).build());

    assertThat(codes(a.followUp())).containsExactly("OSTEOPOROSIS_TREATMENT", "FRACTURE_LIAISON", "FIRST_FOLLOW_UP");
  }

  @Test
  void bilskyTwoOrThreeIsACautionAndDoesNotSetCanalCompromise() {
    Fracture t9 = Fractures.v2(CaseBuilder.fracture(VertebralLevel.T9, Etiology.MALIGNANCY), null, null, null,
        BilskyGrade.GRADE_3);
    Assessment a = assess(CaseBuilder.indicated().fractures(t9).build());

    assertThat(codes(a.cautions())).containsExactly("HIGH_GRADE_CORD_COMPRESSION");
    assertThat(a.contraindications()).isEmpty();
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @Test
  void cautionsConcernCandidateLevelsOnlyButTheNeurologicalDeficitThePatient() {
    Fracture painless = Fractures.v2(Fractures.with(CaseBuilder.fracture(VertebralLevel.C5, Etiology.OSTEOPOROSIS),
        Etiology.OSTEOPOROSIS, false, false, false), true, true, null, null);
    Assessment a = assess(CaseBuilder.indicated().neuro(false, true).fractures(painless,
        CaseBuilder.fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS)).build());

    assertThat(codes(a.cautions())).containsExactly("NEUROLOGICAL_DEFICIT");
  }

  @Test
  void riskAndBenefitFollowTheWorstEtiologyWithAFigureAndNameTheOneWithout() {
    Assessment a = assess(CaseBuilder.indicated().fractures(CaseBuilder.fracture(VertebralLevel.L1,
        Etiology.OSTEOPOROSIS), CaseBuilder.fracture(VertebralLevel.L3, Etiology.HEMANGIOMA)).build());

    assertThat(a.risk().complicationRatePercent()).isEqualTo(3.0);
    assertThat(a.risk().etiology()).isEqualTo("osteoporosis");
    assertThat(a.risk().basis()).contains("No complication rate is published in the knowledge base for"
        + " hemangioma-related fractures, also treated.");
    assertThat(a.expectedBenefit().painReliefPercent().low()).isEqualTo(90.0);
    assertThat(a.expectedBenefit().basis()).contains("hemangioma-related fractures, also treated");
  }

  @Test
  void coverageIsNullWithoutAnOsteoporoticUnknownOrMalignantCandidate() {
    Assessment hemangioma = assess(CaseBuilder.indicated().fractures(CaseBuilder.fracture(VertebralLevel.L3,
        Etiology.HEMANGIOMA)).build());
    Assessment trauma = assess(CaseBuilder.indicated().fractures(CaseBuilder.fracture(VertebralLevel.L3,
        Etiology.TRAUMA)).build());

    assertThat(hemangioma.coverage()).isNull();
    assertThat(trauma.coverage()).isNull();
  }

  @Test
  void aMalignantOnlyPatientIsCheckedForIntractablePainNotTheOsteoporoticCriteria() {
    Assessment a = assess(CaseBuilder.indicated().fractures(CaseBuilder.fracture(VertebralLevel.T9,
        Etiology.MALIGNANCY)).build());

    assertThat(a.coverage().criteria()).extracting(c -> c.code()).containsExactly("COV_ACUTE_IMAGING",
        "COV_MALIGNANT_INTRACTABLE", "COV_LEVELS", "COV_NO_CONTRAINDICATION");
    assertThat(a.coverage().statusName()).isEqualTo("met");
  }
}
