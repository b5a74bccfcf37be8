package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.rules.Codes.codes;

import org.junit.jupiter.api.Test;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.Modality;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;

class ScreeningAndWorkupTest {

  @Test
  void unknownScreeningFactsGoToVerifyAndDoNotBlockIndicated() {
    Fracture unknowns = new Fracture(VertebralLevel.T9, Etiology.MALIGNANCY, 30.0, null, null, null, null);
    Assessment a = assess(CaseBuilder.indicated().therapy(null).infection(null).neuro(null, null).coagulopathy(null)
        .allergies((String[]) null).medications((org.vapath.core.model.Medication[]) null).fractures(unknowns).build());

    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(codes(a.toVerify())).containsExactlyInAnyOrder("MEDICAL_THERAPY_RESPONSE", "INFECTION_STATUS",
        "NEURO_EXAM", "COAGULOPATHY_STATUS", "ALLERGIES", "MEDICATIONS", "PAIN_GENERATOR", "RETROPULSION",
        "CANAL_COMPROMISE_BY_TUMOR");
  }

  @Test
  void canalCompromiseIsAskedOnlyForTumours() {
    Fracture osteoporotic = new Fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS, 30.0, true, false, null, true);

    assertThat(assess(CaseBuilder.indicated().fractures(osteoporotic).build()).toVerify()).isEmpty();
  }

  @Test
  void anEmptyAllergyListMeansNoneAndIsNotAskedAgain() {
    assertThat(assess(CaseBuilder.indicated().allergies().build()).toVerify()).isEmpty();
  }

  @Test
  void noImagingAsksForARadiographAndCrossSectionalImaging() {
    Assessment a = assess(CaseBuilder.indicated().imaging().build());

    assertThat(codes(a.workup())).containsExactly("ORDER_SPINE_RADIOGRAPH", "ORDER_CT_OR_MRI");
  }

  @Test
  void neurologicalSignsAskForMriEvenWithCt() {
    Assessment a = assess(CaseBuilder.indicated().neuro(false, true).imaging(Modality.RADIOGRAPH, Modality.CT).build());

    assertThat(codes(a.workup())).containsExactly("ORDER_MRI");
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @Test
  void missingLabsAreOrderedAndWbcOnlyWhenInfectionIsAConcern() {
    assertThat(codes(assess(CaseBuilder.indicated().labs().build()).workup()))
        .containsExactly("ORDER_PLATELET_COUNT", "ORDER_INR");
    assertThat(codes(assess(CaseBuilder.indicated().infection(InfectionStatus.SUSPECTED).build()).workup()))
        .containsExactly("ORDER_WBC");
  }

  @Test
  void aCompleteCaseNeedsNoWorkup() {
    assertThat(assess(CaseBuilder.indicated().build()).workup()).isEmpty();
  }
}
