package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.rules.Codes.codes;
import static org.vapath.core.testing.CaseBuilder.fracture;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Medication;
import org.vapath.core.model.RecordIssue;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;

/** A record read in part, a medication that names no drug, and a general pain score: unknown never becomes "no". */
class RecordAndPainScoreTest {
  private static final RecordIssue UNREADABLE_CONDITION =
      new RecordIssue("Condition.ndjson line 7", null, "is not valid JSON");

  @Test
  void aRecordWithIssuesIsNeverNotIndicated() {
    CaseBuilder noFracture = CaseBuilder.indicated().fractures();
    assertThat(assess(noFracture.build()).decision()).isEqualTo(Decision.NOT_INDICATED);

    Assessment a = assess(noFracture.recordIssues(UNREADABLE_CONDITION).build());

    assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(codes(a.missing())).containsExactly("RECORD_UNREADABLE");
    assertThat(codes(a.toVerify())).contains("RECORD_UNREADABLE");
    assertThat(a.missing().get(0).basis()).contains("Condition.ndjson line 7: is not valid JSON");
    assertThat(a.recordIssues()).containsExactly(UNREADABLE_CONDITION);
  }

  @Test
  void aTraumaticFractureWithRecordIssuesIsIncompleteToo() {
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L1, Etiology.TRAUMA))
        .recordIssues(UNREADABLE_CONDITION).build());

    assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
  }

  @Test
  void anIndicatedCaseWithRecordIssuesStaysIndicatedAndNamesThemToVerify() {
    Assessment a = assess(CaseBuilder.indicated().recordIssues(new RecordIssue("Observation/old-plt",
        "valueQuantity.code", "\"x10E3/uL\" is not a unit accepted for platelet count")).build());

    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(a.missing()).isEmpty();
    assertThat(codes(a.toVerify())).contains("RECORD_UNREADABLE");
  }

  @Test
  void aContraindicatedCaseWithRecordIssuesStaysContraindicated() {
    Assessment a = assess(CaseBuilder.indicated().allergies("PMMA").recordIssues(UNREADABLE_CONDITION).build());

    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
  }

  @Test
  void aMedicationThatNamesNoDrugIsToVerifyAndGetsNoHoldPlan() {
    Assessment a = assess(CaseBuilder.indicated()
        .medications(Medication.unresolved("MedicationRequest/mr-1 (Medication/med-9 not in the record)")).build());

    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(a.toVerify()).filteredOn(f -> f.code().equals("MEDICATION_UNRESOLVED")).singleElement()
        .satisfies(f -> assertThat(f.basis()).contains("MedicationRequest/mr-1"));
    assertThat(a.holdPlan()).isEmpty();
    assertThat(a.medicationsNotRecognised()).isEmpty();
  }

  /** Assessed on 2026-11-23 with a 30-day score window. */
  @ParameterizedTest(name = "score {0} on {1}: decision {2}, PAIN_STATUS missing {3}, to verify {4}")
  @CsvSource({
      // score, taken,      decision,        missing, toVerify
      "0,       2026-11-20, INCOMPLETE,      true,    true",
      "0,       ,           INCOMPLETE,      true,    true",
      "7,       2026-11-20, INDICATED,       false,   false",
      "7,       2026-10-24, INDICATED,       false,   false",
      "7,       2026-10-23, INCOMPLETE,      true,    true",
      "7,       ,           INCOMPLETE,      true,    true",
      "0.5,     2026-11-23, INDICATED,       false,   false",
  })
  void aGeneralPainScoreSuggestsOngoingPainAndNeverDecidesAgainstThePatient(double score, LocalDate taken,
      Decision decision, boolean missing, boolean toVerify) {
    Assessment a = assess(CaseBuilder.indicated().painScore(score, taken).build());

    assertThat(a.decision()).isEqualTo(decision);
    assertThat(codes(a.contraindications())).doesNotContain("ASYMPTOMATIC");
    assertThat(codes(a.missing()).contains("PAIN_STATUS")).isEqualTo(missing);
    assertThat(codes(a.toVerify()).contains("PAIN_STATUS")).isEqualTo(toVerify);
  }

  @Test
  void aStatedPainStatusWinsOverAnyScore() {
    Assessment a = assess(CaseBuilder.indicated().painScore(0.0, LocalDate.of(2026, 11, 22))
        .pain(org.vapath.core.model.PainStatus.ONGOING).build());

    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(codes(a.toVerify())).doesNotContain("PAIN_STATUS");
  }
}
