package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.rules.Codes.codes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.LabTest;
import org.vapath.core.testing.CaseBuilder;

class HemostasisRulesTest {
  private static final LocalDate LAST_DOSE = LocalDate.of(2026, 11, 22);

  private static Assessment taking(String name, Double clearance, DoseIntensity intensity) {
    return assess(CaseBuilder.indicated().clearance(clearance).medication(name, LAST_DOSE, intensity).build());
  }

  /**
   * Every row of the hold table (clinical-knowledge.md section 8), at and around each clearance
   * bound: the hold, whether it is the prescriber's decision, and the earliest procedure date for a
   * last dose on 2026-11-22 (N full days without a dose, so last dose + N + 1 for days). Version 2: a
   * heparin without a route is held as the subcutaneous one (24 hours), and a direct oral anticoagulant
   * whose clearance is unknown is held provisionally, without a date ({@code HoldPlanV2Test}).
   */
  @ParameterizedTest(name = "{0}, CrCl {1}, {2}: {3}")
  @CsvSource(nullValues = "-", value = {
      // drug,          CrCl, intensity,    hold,      prescriber, earliest
      "warfarin,         62,  -,            5 days,    false,      2026-11-28",
      "warfarin,         -,   -,            5 days,    false,      2026-11-28",
      "apixaban,         26,  -,            2 days,    false,      2026-11-25",
      "rivaroxaban,      31,  -,            2 days,    false,      2026-11-25",
      "edoxaban,         16,  -,            2 days,    false,      2026-11-25",
      "dabigatran,       51,  -,            2 days,    false,      2026-11-25",
      "dabigatran,       50,  -,            4 days,    false,      2026-11-27",
      "dabigatran,       30,  -,            4 days,    false,      2026-11-27",
      "heparin,          62,  -,            24 hours,  false,      2026-11-23",
      "enoxaparin,       62,  THERAPEUTIC,  24 hours,  false,      2026-11-23",
      "enoxaparin,       62,  PROPHYLACTIC, 12 hours,  false,      2026-11-23",
      "enoxaparin,       62,  -,            24 hours,  false,      2026-11-23",
      "dalteparin,       62,  THERAPEUTIC,  24 hours,  false,      2026-11-23",
      "dalteparin,       62,  PROPHYLACTIC, 12 hours,  false,      2026-11-23",
      "fondaparinux,     50,  -,            2-3 days,  false,      2026-11-26",
      "fondaparinux,     49,  -,            3-5 days,  false,      2026-11-28",
      "fondaparinux,     -,   -,            3-5 days,  false,      2026-11-28",
      "clopidogrel,      62,  -,            5 days,    true,       2026-11-28",
      "prasugrel,        62,  -,            7 days,    true,       2026-11-30",
      "ticagrelor,       62,  -,            5 days,    true,       2026-11-28",
      "aspirin,          62,  -,            3-5 days,  false,      2026-11-28"})
  void everyRowOfTheHoldTable(String drug, Double clearance, DoseIntensity intensity, String hold,
      boolean prescriber, LocalDate earliest) {
    Assessment a = taking(drug, clearance, intensity);

    assertThat(a.holdPlan()).singleElement().satisfies(item -> {
      assertThat(item.drug()).isEqualTo(drug);
      assertThat(item.hold()).isEqualTo(hold);
      assertThat(item.prescriberDecision()).isEqualTo(prescriber);
      assertThat(item.earliestProcedureDate()).isEqualTo(earliest);
      assertThat(item.basis()).contains(hold).contains(earliest.toString());
    });
    assertThat(codes(a.preparation())).contains(prescriber ? "PRESCRIBER_DECISION" : "HOLD_ANTITHROMBOTIC");
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @ParameterizedTest(name = "{0} at CrCl {1}")
  @CsvSource({"apixaban, 25", "rivaroxaban, 30", "edoxaban, 15", "dabigatran, 29", "dabigatran, 10"})
  void aClearanceBelowTheTableAddsDaysAndInvolvesThePrescriber(String drug, double clearance) {
    Assessment a = taking(drug, clearance, null);

    assertThat(codes(a.preparation())).containsExactly("CLEARANCE_BELOW_HOLD_TABLE");
    assertThat(a.preparation().get(0).basis()).contains("below the table").contains("add 1-3 days")
        .contains("prescriber");
    assertThat(a.holdPlan()).singleElement().satisfies(item -> {
      assertThat(item.hold()).isNull();
      assertThat(item.prescriberDecision()).isTrue();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"apixaban", "rivaroxaban", "edoxaban", "dabigatran", "fondaparinux"})
  void anUnknownClearanceAsksForItWhenTheHoldDependsOnIt(String drug) {
    assertThat(codes(taking(drug, null, null).toVerify())).containsExactly("CREATININE_CLEARANCE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"warfarin", "clopidogrel", "aspirin", "heparin"})
  void noClearanceIsAskedWhenTheHoldDoesNotDependOnIt(String drug) {
    assertThat(taking(drug, null, null).toVerify()).isEmpty();
  }

  @Test
  void anUnknownLowMolecularWeightHeparinDoseAsksForIt() {
    assertThat(codes(taking("enoxaparin", 62.0, null).toVerify())).containsExactly("DOSE_INTENSITY");
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "Eliquis 5 mg tablet                 | apixaban",
      "warfarin sodium 5 MG Oral Tablet    | warfarin",
      "COUMADIN                            | warfarin",
      "Jantoven 2.5mg                      | warfarin",
      "xarelto 20MG                        | rivaroxaban",
      "Savaysa                             | edoxaban",
      "Lixiana 60 mg                       | edoxaban",
      "PRADAXA 150 mg capsule              | dabigatran",
      "Lovenox 40 mg/0.4 mL                | enoxaparin",
      "Fragmin                             | dalteparin",
      "low molecular weight heparin        | lmwh",
      "Heparin sodium 5000 units/mL IV     | heparin",
      "Arixtra 2.5 mg                      | fondaparinux",
      "Plavix75mg                          | clopidogrel",
      "Effient                             | prasugrel",
      "Brilinta 90 mg                      | ticagrelor",
      "Aspirin 81 mg EC tablet             | aspirin",
      "acetylsalicylic acid                | aspirin"})
  void namesAreRecognisedByGenericOrBrandWhateverTheCaseStrengthOrForm(String recorded, String drug) {
    Assessment a = taking(recorded, 62.0, null);

    assertThat(a.holdPlan()).extracting(HoldItem::drug).containsExactly(drug);
    assertThat(a.holdPlan().get(0).recordedAs()).isEqualTo(recorded);
    assertThat(a.medicationsNotRecognised()).isEmpty();
  }

  @Test
  void unrecognisedNamesAreListedNeverPassedSilently() {
    Assessment a = assess(CaseBuilder.indicated().medication("metoprolol 25 mg", null, null)
        .medication("apixban", null, null).build());

    assertThat(a.medicationsNotRecognised()).containsExactly("metoprolol 25 mg", "apixban");
    assertThat(codes(a.toVerify())).containsExactly("MEDICATION_NOT_RECOGNISED");
    assertThat(a.toVerify().get(0).basis()).contains("\"apixban\"");
    assertThat(a.holdPlan()).isEmpty();
  }

  @Test
  void dualAntiplateletTherapyIsThePrescribersDecisionForBothDrugs() {
    Assessment a = assess(CaseBuilder.indicated().medication("aspirin 81 mg", null, null)
        .medication("clopidogrel", null, null).build());

    assertThat(a.holdPlan()).allSatisfy(item -> assertThat(item.prescriberDecision()).isTrue());
    assertThat(codes(a.preparation())).containsExactly("PRESCRIBER_DECISION", "PRESCRIBER_DECISION");
    assertThat(a.preparation()).allSatisfy(p -> assertThat(p.basis()).contains("cardiology")
        .doesNotStartWith("hold"));
  }

  @Test
  void aspirinAloneIsHeldUnlessGivenForAStrongIndication() {
    Assessment a = taking("aspirin", 62.0, null);

    assertThat(a.preparation().get(0).basis()).contains("hold 3-5 days").contains("strong indication");
  }

  @Test
  void warfarinAlwaysGetsAnInrRecheckAndAHighInrIsCorrectedOnce() {
    Assessment normal = assess(CaseBuilder.indicated().medication("warfarin", null, null).build());
    Assessment high = assess(CaseBuilder.indicated().medication("warfarin", null, null)
        .lab(LabTest.INR, 2.6, LocalDate.of(2026, 11, 20)).build());

    assertThat(codes(normal.preparation())).containsExactly("HOLD_ANTITHROMBOTIC", "RECHECK_INR");
    assertThat(codes(high.preparation())).containsExactly("HOLD_ANTITHROMBOTIC", "CORRECT_INR", "RECHECK_INR");
    assertThat(high.preparation().get(1).basis()).contains("warfarin");
  }

  @Test
  void anUncorrectableCoagulopathyStaysAContraindicationWhateverTheLabs() {
    Assessment a = assess(CaseBuilder.indicated().coagulopathy(CoagulopathyStatus.UNCORRECTABLE)
        .lab(LabTest.PLATELETS, 250, LocalDate.of(2026, 11, 20)).lab(LabTest.INR, 1.0, LocalDate.of(2026, 11, 20))
        .build());

    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
  }

  @Test
  void theSameDrugRecordedTwiceGetsOneRowWithTheLaterLastDose() {
    Assessment a = assess(CaseBuilder.indicated().medication("Eliquis", LocalDate.of(2026, 11, 19), null)
        .medication("apixaban 5 mg", LAST_DOSE, null).build());

    assertThat(a.holdPlan()).singleElement().satisfies(item -> assertThat(item.lastDose()).isEqualTo(LAST_DOSE));
  }

  @Test
  void theFactAHoldNeedsNamesTheDrugsAndIntensitiesThePackHas() {
    Assessment both = assess(CaseBuilder.indicated().clearance(null).medication("lovenox", LAST_DOSE, null)
        .medication("dabigatran", LAST_DOSE, null).build());

    assertThat(both.toVerify()).extracting(f -> f.code() + ": " + f.basis()).contains(
        "CREATININE_CLEARANCE: The hold of dabigatran (direct oral anticoagulant) depends on creatinine clearance,"
            + " which is not recorded and cannot be computed by Cockcroft-Gault without a current serum creatinine (no"
            + " serum creatinine is recorded) and the body weight: measure it; the hold is provisional, with no"
            + " earliest date, until it is known.",
        "DOSE_INTENSITY: The hold of enoxaparin (low-molecular-weight heparin) depends on whether the dose is"
            + " therapeutic or prophylactic, which is not recorded; the longest hold of the table was applied.");
  }
}
