package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.rules.Codes.codes;
import static org.vapath.core.testing.CaseBuilder.fracture;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Modality;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;

class RequiredFactsTest {

  @Test
  void noImagingMissesTheSpineRadiographAndAnyStudyDocumentsTheDeformity() {
    assertThat(codes(assess(CaseBuilder.indicated().imaging().build()).missing())).containsExactly("SPINE_RADIOGRAPH");
    for (Modality modality : Modality.values()) {
      assertThat(assess(CaseBuilder.indicated().imaging(modality).build()).missing()).isEmpty();
    }
  }

  @Test
  void unknownEtiologyIsIncompleteNeverNotIndicated() {
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L1, Etiology.UNKNOWN)).build());

    assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(a.missing()).singleElement().satisfies(m -> {
      assertThat(m.code()).isEqualTo("ETIOLOGY");
      assertThat(m.level()).isEqualTo("L1");
    });
  }

  @Test
  void unknownPainStatusIsMissing() {
    Assessment a = assess(CaseBuilder.indicated().pain(null).build());

    assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(codes(a.missing())).containsExactly("PAIN_STATUS");
  }

  @Test
  void fracturesNotRecordedAreMissingNotAbsent() {
    Assessment a = assess(CaseBuilder.indicated().fractures((org.vapath.core.model.Fracture[]) null).build());

    assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(codes(a.missing())).containsExactly("FRACTURES");
  }

  @Test
  void noFractureAtAllIsNotIndicated() {
    Assessment a = assess(CaseBuilder.indicated().fractures().labs().build());

    assertThat(a.decision()).isEqualTo(Decision.NOT_INDICATED);
    assertThat(a.missing()).isEmpty();
    assertThat(a.procedure()).isNull();
  }

  /** Labs count as current for 30 days before the assessment date, inclusive. */
  @ParameterizedTest(name = "{0} days old: current={1}")
  @CsvSource({"0, true", "1, true", "29, true", "30, true", "31, false", "400, false"})
  void labAgeAgainstTheValidityWindow(int daysOld, boolean current) {
    LocalDate date = CaseBuilder.ASSESSED_ON.minusDays(daysOld);
    Assessment a = assess(CaseBuilder.indicated().labs(new LabResult(LabTest.PLATELETS, 200, date),
        new LabResult(LabTest.INR, 1.0, date)).build());

    assertThat(codes(a.missing())).isEqualTo(current ? List.of() : List.of("PLATELET_COUNT", "INR"));
  }

  @Test
  void aStaleLabIsNamedWithItsDateInTheBasis() {
    Assessment a = assess(CaseBuilder.indicated().lab(LabTest.INR, 1.0, LocalDate.of(2026, 9, 1)).build());

    assertThat(a.missing()).singleElement().satisfies(m -> assertThat(m.basis()).contains("2026-09-01"));
  }

  @Test
  void anUndatedLabNeverCountsAsCurrent() {
    Assessment a = assess(CaseBuilder.indicated().lab(LabTest.PLATELETS, 200, null).build());

    assertThat(codes(a.missing())).containsExactly("PLATELET_COUNT");
    assertThat(a.missing().get(0).basis()).contains("no date");
  }

  @Test
  void theLatestResultOfATestIsTheOneJudged() {
    Assessment a = assess(CaseBuilder.indicated().labs(
        new LabResult(LabTest.PLATELETS, 30, LocalDate.of(2026, 11, 1)),
        new LabResult(LabTest.PLATELETS, 200, LocalDate.of(2026, 11, 20)),
        new LabResult(LabTest.INR, 1.0, LocalDate.of(2026, 11, 20))).build());

    assertThat(a.preparation()).isEmpty();
  }

  @Test
  void wbcIsRequiredOnlyWhenInfectionIsSuspected() {
    assertThat(codes(assess(CaseBuilder.indicated().infection(InfectionStatus.SUSPECTED).build()).missing()))
        .containsExactly("WBC");
    assertThat(assess(CaseBuilder.indicated().infection(InfectionStatus.SUSPECTED)
        .lab(LabTest.WBC, 7.2, LocalDate.of(2026, 11, 20)).build()).missing()).isEmpty();
    assertThat(assess(CaseBuilder.indicated().infection(InfectionStatus.NONE).build()).missing()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"true, false", "false, true", "true, true"})
  void neurologicalSignsWithoutCtOrMriMissCrossSectionalImaging(boolean myelopathy, boolean radiculopathy) {
    CaseBuilder kase = CaseBuilder.indicated().neuro(myelopathy, radiculopathy);

    assertThat(codes(assess(kase.imaging(Modality.RADIOGRAPH).build()).missing()))
        .containsExactly("CROSS_SECTIONAL_IMAGING");
    assertThat(assess(kase.imaging(Modality.RADIOGRAPH, Modality.CT).build()).missing()).isEmpty();
  }

  @Test
  void missingFactsAreListedAlsoWhenContraindicated() {
    Assessment a = assess(CaseBuilder.indicated().infection(InfectionStatus.LOCAL).labs().build());

    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
    assertThat(codes(a.missing())).containsExactlyInAnyOrder("PLATELET_COUNT", "INR");
  }

  @Test
  void asymptomaticPainStatusDoesNotHideMissingLabs() {
    Assessment a = assess(CaseBuilder.indicated().pain(PainStatus.NONE).labs().build());

    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
    assertThat(codes(a.missing())).contains("PLATELET_COUNT", "INR");
  }
}
