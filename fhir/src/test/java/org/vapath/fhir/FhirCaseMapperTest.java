package org.vapath.fhir;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Modality;
import org.vapath.core.model.Sex;
import org.vapath.core.model.VertebralLevel;

class FhirCaseMapperTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);
  private static final String ICD = "http://hl7.org/fhir/sid/icd-10-cm";
  private static final String LOINC = "http://loinc.org";
  private static final FhirCaseMapper MAPPER = new FhirCaseMapper(KnowledgePackJson.embedded());

  private final List<Resource> resources = new ArrayList<>();

  /** A painful osteoporotic L1 fracture with a complete work-up, as an EHR would hold it. */
  private FhirCaseMapperTest complete() {
    Patient patient = new Patient().setGender(AdministrativeGender.FEMALE)
        .setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1948-05-01"));
    patient.setId("pat-1");
    resources.add(patient);
    resources.add(condition("M80.08XA", "L1 vertebra", "confirmed"));
    resources.add(lab("777-3", 231, "10*3/uL", "2026-11-20"));
    resources.add(lab("6301-6", 1.0, "{INR}", "2026-11-20"));
    resources.add(lab("72514-3", 8, "{score}", "2026-11-20"));
    ImagingStudy study = new ImagingStudy().setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE)
        .addModality(new Coding("http://dicom.nema.org/resources/ontology/DCM", "DX", null))
        .setStartedElement(new DateTimeType("2026-10-29")).setDescription("XR lumbar spine, 2 views");
    resources.add(study);
    return this;
  }

  private static Condition condition(String icd, String site, String verification) {
    Condition condition = new Condition().setCode(new CodeableConcept(new Coding(ICD, icd, null)));
    if (site != null) {
      condition.addBodySite(new CodeableConcept().setText(site));
    }
    condition.setVerificationStatus(new CodeableConcept(new Coding(
        "http://terminology.hl7.org/CodeSystem/condition-ver-status", verification, null)));
    return condition;
  }

  private static Observation lab(String loinc, double value, String unit, String date) {
    Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
        .setCode(new CodeableConcept(new Coding(LOINC, loinc, null)))
        .setValue(new Quantity().setValue(BigDecimal.valueOf(value)).setCode(unit)
            .setSystem("http://unitsofmeasure.org"))
        .setEffective(new DateTimeType(date));
    observation.setId("obs-" + loinc);
    return observation;
  }

  private Case mapped() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    resources.forEach(r -> bundle.addEntry().setResource(r));
    return MAPPER.map(bundle, ON);
  }

  @Test
  void aCompleteRecordMapsToAnIndicatedCaseWithWhatFhirCannotSayLeftUnknown() {
    Case kase = complete().mapped();

    assertThat(kase.caseId()).isEqualTo("pat-1");
    assertThat(kase.patient().ageYears()).isEqualTo(78);
    assertThat(kase.patient().sex()).isEqualTo(Sex.FEMALE);
    assertThat(kase.pain().status()).as("what a score means is the engine's rule").isNull();
    assertThat(kase.pain().nrs()).isEqualTo(8.0);
    assertThat(kase.pain().nrsDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(kase.fractures()).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(VertebralLevel.L1);
      assertThat(f.etiology()).isEqualTo(Etiology.OSTEOPOROSIS);
      assertThat(f.painGenerator()).isNull();
      assertThat(f.retropulsion()).isNull();
    });
    assertThat(kase.labs()).extracting(l -> l.test()).containsExactly(LabTest.PLATELETS, LabTest.INR);
    assertThat(kase.imaging()).singleElement()
        .satisfies(i -> assertThat(i.modality()).isEqualTo(Modality.RADIOGRAPH));
    assertThat(kase.medicalTherapy().status()).isNull();
    assertThat(kase.infection().status()).isNull();
    assertThat(kase.allergies()).isNull();
    assertThat(kase.medications()).isNull();

    Assessment a = Engine.withEmbeddedKnowledge().assess(kase);
    assertThat(a.decision()).isEqualTo(Decision.INDICATED);
    assertThat(a.toVerify()).extracting(f -> f.code()).contains("MEDICAL_THERAPY_RESPONSE", "INFECTION_STATUS",
        "PAIN_GENERATOR", "ALLERGIES", "MEDICATIONS");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1800-03-02 | is before 1900",
      "2026-11-24 | is after today (2026-11-23)",
      "2999       | is after today (2026-11-23)"})
  void anImplausibleBirthDateLeavesTheAgeUnknownAndIsNamed(String born, String why) {
    complete();
    ((Patient) resources.get(0)).setBirthDateElement(new org.hl7.fhir.r4.model.DateType(born));

    Case kase = mapped();

    assertThat(kase.patient().ageYears()).isNull();
    assertThat(kase.recordIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.resource()).isEqualTo("Patient/pat-1");
      assertThat(issue.element()).isEqualTo("birthDate");
      assertThat(issue.why()).startsWith(why);
    });
  }

  @Test
  void twoCodesThatDisagreeOnTheCauseOfALevelLeaveItUnknown() {
    complete().resources.add(condition("M84.58XA", "L1", "confirmed"));

    Case kase = mapped();

    assertThat(kase.fractures()).singleElement()
        .satisfies(f -> assertThat(f.etiology()).isEqualTo(Etiology.UNKNOWN));
    assertThat(Engine.withEmbeddedKnowledge().assess(kase).decision()).isEqualTo(Decision.INCOMPLETE);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(nullValues = "-", value = {
      "A41.9,   confirmed,   SYSTEMIC",
      "M46.25,  confirmed,   LOCAL",
      "G06.1,   provisional, SUSPECTED",
      "M46.45,  unconfirmed, SUSPECTED",
      "A41.9,   refuted,     -"})
  void infectionConditionsSetTheInfectionStatus(String icd, String verification, InfectionStatus status) {
    complete().resources.add(condition(icd, null, verification));

    assertThat(mapped().infection().status()).isEqualTo(status);
  }

  @Test
  void aLabInAnUnknownUnitIsLeftOutNamedAndTheOlderResultItSupersedesWithIt() {
    complete().resources.add(lab("26515-7", 2.31, "g/L", "2026-11-21"));

    Case kase = mapped();

    assertThat(kase.recordIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.resource()).isEqualTo("Observation/obs-26515-7");
      assertThat(issue.element()).isEqualTo("valueQuantity.code");
      assertThat(issue.why()).contains("\"g/L\"");
    });
    assertThat(kase.labs()).extracting(l -> l.test()).containsExactly(LabTest.INR);
    Assessment a = Engine.withEmbeddedKnowledge().assess(kase);
    assertThat(a.missing()).extracting(f -> f.code()).containsExactly("PLATELET_COUNT");
    assertThat(a.recordIssues()).hasSize(1);
  }

  @Test
  void anUnreadableLabOlderThanTheCurrentOneChangesNothingButIsNamed() {
    complete().resources.add(lab("777-3", 231, "x10E3/uL", "2005-03-01"));

    Case kase = mapped();

    assertThat(kase.labs()).extracting(l -> l.test()).containsExactly(LabTest.PLATELETS, LabTest.INR);
    assertThat(kase.recordIssues()).hasSize(1);
    assertThat(Engine.withEmbeddedKnowledge().assess(kase).decision()).isEqualTo(Decision.INDICATED);
  }

  @Test
  void aResultWithoutANumberIsLeftOutAndTheTestStaysMissing() {
    complete().resources.removeIf(r -> r instanceof Observation o && o.getIdElement().getIdPart().equals("obs-6301-6"));
    Observation empty = lab("6301-6", 1.0, "{INR}", "2026-11-21");
    empty.getValueQuantity().setValue((BigDecimal) null);
    resources.add(empty);

    Assessment a = Engine.withEmbeddedKnowledge().assess(mapped());

    assertThat(a.missing()).extracting(f -> f.code()).containsExactly("INR");
  }

  @Test
  void anOldPainScoreGivesNoPainStatus() {
    complete().resources.removeIf(r -> r instanceof Observation o
        && o.getIdElement().getIdPart().equals("obs-72514-3"));
    resources.add(lab("72514-3", 6, "{score}", "2026-05-01"));

    Case kase = mapped();

    assertThat(kase.pain().nrs()).isEqualTo(6.0);
    assertThat(kase.pain().status()).isNull();
    Assessment a = Engine.withEmbeddedKnowledge().assess(kase);
    assertThat(a.missing()).extracting(f -> f.code()).containsExactly("PAIN_STATUS");
    assertThat(a.toVerify()).extracting(f -> f.code()).contains("PAIN_STATUS");
  }

  @Test
  void medicationsByRxNormCodeOrTextAndInactiveOnesLeftOut() {
    complete();
    resources.add(new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
        .setMedication(new CodeableConcept(new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "1364430",
            null)).setText("Eliquis 5 mg tablet")));
    resources.add(new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.STOPPED)
        .setMedication(new CodeableConcept().setText("warfarin 5 mg")));
    resources.add(new AllergyIntolerance().setCode(new CodeableConcept().setText("Polymethyl methacrylate")));

    Case kase = mapped();

    assertThat(kase.medications()).extracting(m -> m.name()).containsExactly("apixaban (Eliquis 5 mg tablet)");
    assertThat(kase.allergies()).containsExactly("Polymethyl methacrylate");
    assertThat(Engine.withEmbeddedKnowledge().assess(kase).contraindications()).extracting(f -> f.code())
        .containsExactly("CEMENT_ALLERGY");
  }

  @Test
  void aRecordWithoutAFractureCodeIsNotIndicated() {
    complete().resources.removeIf(r -> r instanceof Condition);

    Assessment a = Engine.withEmbeddedKnowledge().assess(mapped());

    assertThat(a.decision()).isEqualTo(Decision.NOT_INDICATED);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(nullValues = "-", value = {"L1 vertebra, L1", "T 12, T12", "Vertebra T7 (thoracic), T7",
      "lumbar spine, -", "L6, -", "C1-C2, -", "first lumbar vertebra, L1"})
  void levelsAreReadFromTheBodySiteWords(String text, VertebralLevel level) {
    complete().resources.removeIf(r -> r instanceof Condition);
    resources.add(condition("M80.08XA", text, "confirmed"));

    assertThat(mapped().fractures()).singleElement().satisfies(f -> assertThat(f.level()).isEqualTo(level));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"resourceType\": \"Patient\"} | (document): is not a FHIR R4 Bundle",
      "[1, 2] | (document): is not a FHIR R4 Bundle",
      "{\"resourceType\": \"Bundle\", \"entry\": 5} | Bundle.entry: must be an array of entries",
      "{\"resourceType\": \"Bundle\", \"entry\": []} | Bundle.entry: must hold exactly one Patient",
      "{\"resourceType\": \"Bundle\" | (document): is not valid JSON"})
  void aDocumentThatIsNotOnePatientsBundleIsRefused(String json, String message) {
    assertThatThrownBy(() -> MAPPER.mapBundle(json, ON)).isInstanceOf(InputError.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void aSnomedCodedFractureIsReadWhenTheInstitutionNamesItsCodeAndStaysUnknownOtherwise() throws Exception {
    complete();
    resources.removeIf(r -> r instanceof Condition);
    Condition snomed = new Condition().setCode(new CodeableConcept(new Coding("http://snomed.info/sct",
        "999000001", null)));
    snomed.addBodySite(new CodeableConcept().setText("L1 vertebra"));
    resources.add(snomed);
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    resources.forEach(r -> bundle.addEntry().setResource(r));

    Case withoutCodes = MAPPER.map(bundle, ON);
    KnowledgePack institution = org.vapath.core.json.KnowledgePackJson.applyOverrides(KnowledgePackJson.embedded(),
        java.nio.file.Path.of(getClass().getResource("/institution-snomed.json").toURI()));
    Case withCodes = new FhirCaseMapper(institution).map(bundle, ON);

    assertThat(withoutCodes.fracturesOrNone()).isEmpty();
    assertThat(new Engine(KnowledgePackJson.embedded()).assess(withoutCodes).decision())
        .isNotEqualTo(Decision.INDICATED);
    assertThat(withCodes.fractures()).singleElement().satisfies(f -> {
      assertThat(f.etiology()).isEqualTo(Etiology.OSTEOPOROSIS);
      assertThat(f.level()).isEqualTo(VertebralLevel.L1);
    });
    Assessment assessment = new Engine(institution).assess(withCodes);
    assertThat(assessment.decision()).isEqualTo(Decision.INDICATED);
    assertThat(assessment.knowledgeOverrides()).anySatisfy(o -> {
      assertThat(o.id()).isEqualTo("terminology.concepts");
      assertThat(o.value()).isEqualTo(2.0);
    });
  }
}
