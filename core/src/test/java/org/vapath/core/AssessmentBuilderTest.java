package org.vapath.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.ExpectedBenefit;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.Risk;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.catalogue.Kind;

/** The builder refuses an assessment whose decision its findings do not bear. */
class AssessmentBuilderTest {
  private static final Finding INDICATION = Finding.fracture(FindingCode.PAINFUL_OSTEOPOROTIC_VCF, 0, "L1", "why");
  private static final Finding MISSING_INR = Finding.patient(FindingCode.INR, "no INR");

  @Test
  void indicatedWithAMissingFactIsRefused() {
    Assessment.Builder builder = builder().add(Kind.INDICATION, List.of(INDICATION))
        .add(Kind.MISSING, List.of(MISSING_INR)).decision(Decision.INDICATED, "Indicated", List.of());

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("assessment refused: INDICATED with missing facts");
  }

  @Test
  void incompleteWithoutAMissingFactIsRefused() {
    Assessment.Builder builder = builder().decision(Decision.INCOMPLETE, "Incomplete", List.of());

    assertThatThrownBy(builder::build).hasMessage("assessment refused: INCOMPLETE without a missing fact");
  }

  @Test
  void aFindingGoesToTheListOfItsKindOnly() {
    Assessment a = builder().add(Kind.MISSING, List.of(MISSING_INR, INDICATION))
        .add(Kind.INDICATION, List.of(MISSING_INR, INDICATION))
        .decision(Decision.INCOMPLETE, "Incomplete", List.of()).build();

    assertThat(a.missing()).containsExactly(MISSING_INR);
    assertThat(a.indications()).containsExactly(INDICATION);
  }

  private static Assessment.Builder builder() {
    return Assessment.builder("c", LocalDate.of(2026, 11, 23))
        .consent(null, new Risk(null, null, List.of(), "none", "REF"), new ExpectedBenefit(null, null, "none", "REF"))
        .knowledge("test", List.of());
  }
}
