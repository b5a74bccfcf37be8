package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vapath.core.rules.Codes.assess;
import static org.vapath.core.rules.Codes.codes;
import static org.vapath.core.testing.CaseBuilder.fracture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.Modality;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.TherapyResponse;
import org.vapath.core.model.VertebralLevel;
import org.vapath.core.testing.CaseBuilder;

class ContraindicationRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"NONE", "RESOLVED"})
  void painThatIsAbsentOrResolvedIsAsymptomaticForTheWholePatient(PainStatus status) {
    Assessment a = assess(CaseBuilder.indicated().pain(status).build());

    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
    assertThat(a.contraindications()).extracting(Finding::code, Finding::level)
        .containsExactly(tuple("ASYMPTOMATIC", null));
  }

  @Test
  void painImprovingWithMedicalTherapyIsAContraindication() {
    Assessment a = assess(CaseBuilder.indicated().therapy(TherapyResponse.IMPROVING).build());

    assertThat(codes(a.contraindications())).containsExactly("IMPROVING_WITH_MEDICAL_THERAPY");
  }

  @ParameterizedTest
  @CsvSource({"LOCAL, ACTIVE_INFECTION", "SYSTEMIC, ACTIVE_INFECTION"})
  void currentInfectionLocalOrSystemicIsAContraindication(InfectionStatus status, String code) {
    Assessment a = assess(CaseBuilder.indicated().infection(status).build());

    assertThat(codes(a.contraindications())).containsExactly(code);
  }

  @Test
  void suspectedInfectionIsNotAContraindicationButAsksForAWbc() {
    Assessment a = assess(CaseBuilder.indicated().infection(InfectionStatus.SUSPECTED).build());

    assertThat(a.contraindications()).isEmpty();
    assertThat(codes(a.missing())).containsExactly("WBC");
    assertThat(codes(a.toVerify())).contains("INFECTION_TO_EXCLUDE");
  }

  @Test
  void uncorrectableCoagulopathyIsAContraindicationWhateverTheLabs() {
    Assessment a = assess(CaseBuilder.indicated().coagulopathy(CoagulopathyStatus.UNCORRECTABLE).build());

    assertThat(codes(a.contraindications())).containsExactly("UNCORRECTABLE_COAGULOPATHY");
    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"polymethyl methacrylate", "PMMA", "poly(methyl methacrylate)", "Acrylic bone cement",
      "methyl methacrylate", "MMA monomer", "benzoyl peroxide", "N,N-dimethyl-p-toluidine", "DMPT", "hydroquinone",
      "barium sulfate", "zirconium dioxide", "gentamicin", "tobramycin", "clindamycin", "Polymethylmethacrylate",
      "allergy to PMMA (rash)"})
  void everyCementIngredientAndSynonymIsRecognisedAsCementAllergy(String allergy) {
    Assessment a = assess(CaseBuilder.indicated().allergies("penicillin", allergy).build());

    assertThat(codes(a.contraindications())).containsExactly("CEMENT_ALLERGY");
    assertThat(a.contraindications().get(0).basis()).contains(allergy);
  }

  @ParameterizedTest
  @ValueSource(strings = {"iodinated contrast", "latex", "penicillin", "shellfish", "commas", "mmab"})
  void otherAllergiesAreNotCementAllergies(String allergy) {
    assertThat(assess(CaseBuilder.indicated().allergies(allergy).build()).contraindications()).isEmpty();
  }

  @Test
  void aPainlessLevelIsExcludedButTheOtherLevelStaysIndicated() {
    Fracture painless = new Fracture(VertebralLevel.T12, Etiology.OSTEOPOROSIS, 25.0, false, false, false, false);
    Assessment a = assess(CaseBuilder.indicated().fractures(fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS),
        painless).build());

    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(a.contraindications()).extracting(Finding::code, Finding::level)
        .containsExactly(tuple("ASYMPTOMATIC", "T12"));
  }

  @Test
  void everyLevelPainlessMakesThePatientAsymptomatic() {
    Fracture painless = new Fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS, 25.0, false, false, false, false);

    Assessment a = assess(CaseBuilder.indicated().fractures(painless).build());

    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
    assertThat(codes(a.contraindications())).containsExactly("ASYMPTOMATIC");
  }

  @Test
  void retropulsionWithMyelopathyExcludesItsLevelOnly() {
    Fracture retropulsed = new Fracture(VertebralLevel.T8, Etiology.OSTEOPOROSIS, 30.0, true, true, false, true);
    Assessment a = assess(CaseBuilder.indicated().neuro(true, false).imaging(Modality.MRI)
        .fractures(retropulsed, fracture(VertebralLevel.L2, Etiology.OSTEOPOROSIS)).build());

    assertThat(a.contraindications()).extracting(Finding::code, Finding::level)
        .containsExactly(tuple("RETROPULSION_WITH_MYELOPATHY", "T8"));
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
  }

  @Test
  void retropulsionWithoutMyelopathyIsNotAContraindication() {
    Fracture retropulsed = new Fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS, 30.0, true, true, false, true);

    assertThat(assess(CaseBuilder.indicated().fractures(retropulsed).build()).contraindications()).isEmpty();
  }

  @Test
  void tumourCompromisingTheCanalExcludesTheLevel() {
    Fracture tumour = new Fracture(VertebralLevel.T8, Etiology.MALIGNANCY, 30.0, true, false, true, true);
    Assessment a = assess(CaseBuilder.indicated().fractures(tumour).build());

    assertThat(codes(a.contraindications())).containsExactly("TUMOR_CANAL_COMPROMISE");
    assertThat(a.decision()).isEqualTo(Decision.CONTRAINDICATED);
  }

  @Test
  void everyContraindicationThatHoldsIsReportedNotOnlyTheFirst() {
    Assessment a = assess(CaseBuilder.indicated().pain(PainStatus.RESOLVED).therapy(TherapyResponse.IMPROVING)
        .infection(InfectionStatus.SYSTEMIC).coagulopathy(CoagulopathyStatus.UNCORRECTABLE).allergies("PMMA").build());

    assertThat(codes(a.contraindications())).containsExactlyInAnyOrder("ASYMPTOMATIC", "IMPROVING_WITH_MEDICAL_THERAPY",
        "ACTIVE_INFECTION", "UNCORRECTABLE_COAGULOPATHY", "CEMENT_ALLERGY");
  }
}
