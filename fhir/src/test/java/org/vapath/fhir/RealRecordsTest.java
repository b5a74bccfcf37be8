package org.vapath.fhir;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.assessment.Decision;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.Modality;
import org.vapath.core.model.Sex;
import org.vapath.core.model.VertebralLevel;

/**
 * Records as EHRs and Synthea write them (SNOMED CT, dotless ICD-10-CM, OIDs, US Core's Patient
 * example, wellness-visit pain scores, medications by reference, another patient's resources): the
 * FHIR door never merges, never drops, never turns unknown into "no".
 */
class RealRecordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);
  private static final String PATIENT = "Patient/example";
  private static final FhirCaseMapper MAPPER = new FhirCaseMapper(KnowledgePackJson.embedded());
  private static final Engine ENGINE = Engine.withEmbeddedKnowledge();

  private final List<JsonNode> resources = new ArrayList<>();

  /** The US Core Patient example, with a radiograph and current labs as Synthea writes them, and no fracture yet. */
  private RealRecordsTest record() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/real-records/us-core-patient-example.json")) {
      resources.add(JSON.readTree(in));
    }
    add("""
        {"resourceType":"ImagingStudy","id":"xr-1","status":"available","subject":{"reference":"Patient/example"},
         "started":"2026-11-02T09:12:00+00:00",
         "procedureCode":[{"coding":[{"system":"http://snomed.info/sct","code":"241063009",
           "display":"Radiography of spine"}],"text":"Radiography of spine"}],
         "series":[{"uid":"1.2.3","modality":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"DX",
           "display":"Digital Radiography"},"bodySite":{"system":"http://snomed.info/sct","code":"421060004",
           "display":"Spinal structure"}}]}""");
    add(lab("plt-1", "777-3", 231, "10*3/uL", "2026-11-20"));
    add(lab("inr-1", "6301-6", 1.0, "{INR}", "2026-11-20"));
    return this;
  }

  private RealRecordsTest add(String json) throws IOException {
    resources.add(JSON.readTree(json));
    return this;
  }

  private static String lab(String id, String loinc, double value, String unit, String date) {
    return """
        {"resourceType":"Observation","id":"%s","status":"final","subject":{"reference":"Patient/example"},
         "code":{"coding":[{"system":"http://loinc.org","code":"%s"}]},"effectiveDateTime":"%sT08:00:00-05:00",
         "valueQuantity":{"value":%s,"unit":"%s","system":"http://unitsofmeasure.org","code":"%s"}}"""
        .formatted(id, loinc, date, value, unit, unit);
  }

  private static String condition(String id, String system, String code, String display, String site) {
    return """
        {"resourceType":"Condition","id":"%s","subject":{"reference":"Patient/example"},
         "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical",
           "code":"active"}]},
         "verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status",
           "code":"confirmed"}]},
         "code":{"coding":[{"system":"%s","code":"%s","display":"%s"}],"text":"%s"}%s}"""
        .formatted(id, system, code, display, display,
            site == null ? "" : ",\"bodySite\":[{\"text\":\"" + site + "\"}]");
  }

  private static String painScore(String id, String value, String date) {
    return """
        {"resourceType":"Observation","id":"%s","status":"final","subject":{"reference":"Patient/example"},
         "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category",
           "code":"survey"}]}],
         "code":{"coding":[{"system":"http://loinc.org","code":"72514-3",
           "display":"Pain severity - 0-10 verbal numeric rating [Score] - Reported"}]},
         "effectiveDateTime":"%sT10:00:00+00:00",%s}""".formatted(id, date, value);
  }

  private Case bundle() {
    ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
    ArrayNode entries = bundle.putArray("entry");
    resources.forEach(r -> entries.addObject().set("resource", r));
    return MAPPER.mapBundle(bundle.toString(), ON);
  }

  private static Assessment assess(Case kase) {
    return ENGINE.assess(kase);
  }

  private static List<String> codes(List<org.vapath.core.assessment.Finding> findings) {
    return findings.stream().map(f -> f.code()).toList();
  }

  @ParameterizedTest(name = "{0}|{1} at \"{3}\" is a fracture of {4}, {5}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "http://snomed.info/sct | 42942008 | Compression fracture of vertebral column | L1 vertebra | L1 | UNKNOWN",
      "http://snomed.info/sct | 240198002 | Osteoporotic vertebral collapse | first lumbar vertebra | L1 | OSTEOPOROSIS",
      "urn:oid:2.16.840.1.113883.6.96 | 15724005 | Fracture of vertebral column without spinal cord injury"
          + " | T12 vertebral body | T12 | UNKNOWN",
      "http://snomed.info/sct | 443165006 | Pathological fracture due to osteoporosis | Lumbar spine | - | OSTEOPOROSIS",
      "http://hl7.org/fhir/sid/icd-10-cm | M8008XA | Age-related osteoporosis with current pathological fracture,"
          + " vertebra | L1 | L1 | OSTEOPOROSIS",
      "urn:oid:2.16.840.1.113883.6.90 | M80.08XA | Age-related osteoporosis with current pathological fracture,"
          + " vertebra | L1 | L1 | OSTEOPOROSIS",
  })
  void aFractureIsSeenWhateverTheCodeSystemAndFormOfTheCode(String system, String code, String display, String site,
      VertebralLevel level, Etiology etiology) throws IOException {
    record().add(condition("c-1", system, code, display, site));

    Case kase = bundle();

    assertThat(kase.fractures()).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(level);
      assertThat(f.etiology()).isEqualTo(etiology);
    });
    assertThat(assess(kase).decision()).isNotEqualTo(Decision.NOT_INDICATED);
  }

  @Test
  void anOsteoporoticFractureOfAnotherBoneIsNotAVertebralFracture() throws IOException {
    record().add(condition("c-1", "http://snomed.info/sct", "443165006", "Osteoporotic fracture", "Left hip"));

    assertThat(bundle().fractures()).isEmpty();
  }

  @Test
  void theUsCorePatientExampleGivesAgeAndSexForClinicalUse() throws IOException {
    Case kase = record().bundle();

    assertThat(kase.caseId()).isEqualTo("example");
    assertThat(kase.patient().ageYears()).isEqualTo(79);
    assertThat(kase.patient().sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void aWellnessVisitPainScoreOfZeroNeverMakesTheFractureAsymptomatic() throws IOException {
    record().add(condition("c-1", "http://snomed.info/sct", "240198002", "Osteoporotic vertebral collapse", "L1"))
        .add(painScore("pain-1", "\"valueQuantity\":{\"value\":0,\"unit\":\"{score}\","
            + "\"system\":\"http://unitsofmeasure.org\",\"code\":\"{score}\"}", "2026-11-10"));

    Assessment a = assess(bundle());

    assertThat(codes(a.contraindications())).doesNotContain("ASYMPTOMATIC");
    assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(codes(a.missing())).contains("PAIN_STATUS");
    assertThat(codes(a.toVerify())).contains("PAIN_STATUS");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"valueInteger\":7",
      "\"valueQuantity\":{\"value\":7,\"code\":\"{score}\"}",
      "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"LA6118-9\",\"display\":\"7\"}]}"})
  void aPainScoreIsReadAsAQuantityAnIntegerOrACodedAnswer(String value) throws IOException {
    record().add(painScore("pain-1", value, "2026-11-20"));

    Case kase = bundle();

    assertThat(kase.pain().nrs()).isEqualTo(7.0);
    assertThat(kase.pain().nrsDate()).isEqualTo(LocalDate.of(2026, 11, 20));
  }

  @Test
  void anActiveRequestForAMedicationNotInTheRecordIsAskedAboutNeverDropped() throws IOException {
    record().add(condition("c-1", "http://snomed.info/sct", "240198002", "Osteoporotic vertebral collapse", "L1"))
        .add("""
            {"resourceType":"MedicationRequest","id":"mr-1","status":"active","intent":"order",
             "subject":{"reference":"Patient/example"},"medicationReference":{"reference":"Medication/med-9"}}""");

    Case kase = bundle();
    Assessment a = assess(kase);

    assertThat(kase.medications()).singleElement().satisfies(m -> assertThat(m.identified()).isFalse());
    assertThat(a.toVerify()).filteredOn(f -> f.code().equals("MEDICATION_UNRESOLVED")).singleElement()
        .satisfies(f -> assertThat(f.basis()).contains("MedicationRequest/mr-1").contains("Medication/med-9"));
  }

  @Test
  void aMedicationInTheRecordIsFollowedByItsReference() throws IOException {
    record().add("""
            {"resourceType":"MedicationRequest","id":"mr-1","status":"active","intent":"order",
             "subject":{"reference":"Patient/example"},"medicationReference":{"reference":"Medication/med-9"}}""")
        .add("""
            {"resourceType":"Medication","id":"med-9","code":{"coding":[{"system":
             "http://www.nlm.nih.gov/research/umls/rxnorm","code":"1364430"}],"text":"Eliquis 5 MG Oral Tablet"}}""");

    assertThat(bundle().medications()).extracting(m -> m.name()).containsExactly("apixaban (Eliquis 5 MG Oral Tablet)");
  }

  @Test
  void aResourceOfAnotherPatientIsRefusedNamingItNeverMerged() throws IOException {
    record().add(lab("plt-other", "777-3", 15, "10*3/uL", "2026-11-22").replace("Patient/example",
        "Patient/someone-else"));

    assertThatThrownBy(this::bundle).isInstanceOf(InputError.class)
        .hasMessageStartingWith("Observation/plt-other.subject: names another patient than Patient/example");
  }

  @Test
  void aBundleOfTwoPatientsOrNoneIsRefused() throws IOException {
    record().add("{\"resourceType\":\"Patient\",\"id\":\"second\"}");
    assertThatThrownBy(this::bundle).isInstanceOf(InputError.class).hasMessageContaining("exactly one Patient");

    resources.clear();
    add(lab("plt-1", "777-3", 231, "10*3/uL", "2026-11-20"));
    assertThatThrownBy(this::bundle).isInstanceOf(InputError.class).hasMessageContaining("exactly one Patient");
  }

  @Test
  void aPrefetchedPatientMustBeThePatientOfTheRequest() throws IOException {
    record();

    assertThatThrownBy(() -> MAPPER.mapPatient("someone-else", resources, ON, List.of()))
        .isInstanceOf(InputError.class).hasMessageStartingWith("Patient/example.id: is not the patient of the request");
    assertThat(MAPPER.mapPatient("example", resources, ON, List.of()).caseId()).isEqualTo("example");
  }

  @Test
  void anOldLabInAUnitVapathDoesNotConvertIsNamedAndRefusesNothing() throws IOException {
    record().add(condition("c-1", "http://snomed.info/sct", "240198002", "Osteoporotic vertebral collapse", "L1"))
        .add(lab("plt-2005", "777-3", 250, "x10E3/uL", "2005-06-01"));

    Case kase = bundle();

    assertThat(kase.recordIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.resource()).isEqualTo("Observation/plt-2005");
      assertThat(issue.element()).isEqualTo("valueQuantity.code");
    });
    assertThat(assess(kase).missing()).extracting(f -> f.code()).doesNotContain("PLATELET_COUNT");
  }

  @Test
  void anElementOfANewerFhirVersionInAnUnrelatedResourceRefusesNothing() throws IOException {
    record().add("""
        {"resourceType":"Encounter","id":"enc-1","status":"completed","subject":{"reference":"Patient/example"},
         "class":[{"coding":[{"code":"AMB"}]}],"virtualService":[{"channelType":{"code":"zoom"}}]}""");

    Case kase = bundle();

    assertThat(kase.recordIssues()).isEmpty();
    assertThat(kase.labs()).hasSize(2);
  }

  @Test
  void aConditionWhoseCauseCannotBeReadIsLeftOutAndNamed() throws IOException {
    record().add(condition("c-1", "http://snomed.info/sct", "240198002", "Osteoporotic vertebral collapse", "L1")
        .replace("\"subject\"", "\"extension\":[{\"url\":\"" + VapathFhir.ETIOLOGY
            + "\",\"valueCode\":\"osteopenia\"}],\"subject\""));

    Case kase = bundle();
    Assessment a = assess(kase);

    assertThat(kase.fractures()).isEmpty();
    assertThat(kase.recordIssues()).singleElement().satisfies(i -> assertThat(i.resource()).isEqualTo("Condition/c-1"));
    assertThat(a.decision()).as("the unreadable condition may be the fracture").isEqualTo(Decision.INCOMPLETE);
    assertThat(codes(a.missing())).containsExactly("RECORD_UNREADABLE");
  }

  @Test
  void aWrongTypedPerLevelFactIsNamedAndLeftUnknownAloneTheFractureIsRead() throws IOException {
    record().add(condition("c-1", "http://snomed.info/sct", "240198002", "Osteoporotic vertebral collapse", "L1")
        .replace("\"subject\"", "\"extension\":[{\"url\":\"" + VapathFhir.RETROPULSION + "\",\"valueString\":\"yes\"},"
            + "{\"url\":\"" + VapathFhir.EDEMA + "\",\"valueBoolean\":true}],\"subject\""));

    Case kase = bundle();

    assertThat(kase.fractures()).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(VertebralLevel.L1);
      assertThat(f.retropulsion()).as("unreadable, never \"no\"").isNull();
      assertThat(f.edema()).isTrue();
    });
    assertThat(kase.recordIssues()).singleElement().satisfies(i -> {
      assertThat(i.resource()).isEqualTo("Condition/c-1");
      assertThat(i.element()).isEqualTo("extension(" + VapathFhir.RETROPULSION + ")");
      assertThat(i.why()).contains("valueBoolean").contains("\"yes\"");
    });
    assertThat(codes(assess(kase).toVerify())).contains("RECORD_UNREADABLE");
  }

  @ParameterizedTest(name = "{0}: counted {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Dental X-ray | DX | -",
      "Chest X-ray 2 views | CR | -",
      "XR Lumbar spine 2 views | - | RADIOGRAPH",
      "MRI thoracic spine without contrast | http://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_29.html#MR | MRI"})
  void aReportCountsForTheSpineOnlyWhenItSaysSpine(String title, String modality, Modality counted)
      throws IOException {
    record();
    resources.removeIf(r -> FhirNodes.type(r).equals("ImagingStudy"));
    String category = modality == null ? "" : ",\"category\":[{\"coding\":[{\"system\":\""
        + (modality.contains("#") ? modality.substring(0, modality.indexOf('#'))
        : "http://dicom.nema.org/resources/ontology/DCM") + "\",\"code\":\""
        + (modality.contains("#") ? modality.substring(modality.indexOf('#') + 1) : modality) + "\"}]}]";
    add("""
        {"resourceType":"DiagnosticReport","id":"rep-1","status":"final","subject":{"reference":"Patient/example"},
         "code":{"coding":[{"system":"http://loinc.org","code":"00000-0","display":"%s"}],"text":"%s"},
         "effectiveDateTime":"2026-11-02"%s}""".formatted(title, title, category));

    Case kase = bundle();

    if (counted == null) {
      assertThat(kase.imaging()).isEmpty();
    } else {
      assertThat(kase.imaging()).singleElement().satisfies(i -> assertThat(i.modality()).isEqualTo(counted));
    }
  }

  @Test
  void aTraumaticFractureCodeBesideAnOsteoporosisDiagnosisLeavesTheCauseUnknown() throws IOException {
    record().add(condition("c-1", "http://hl7.org/fhir/sid/icd-10-cm", "S32.010A", "Wedge compression fracture of"
            + " first lumbar vertebra", null))
        .add(condition("c-2", "http://snomed.info/sct", "64859006", "Osteoporosis (disorder)", null));

    Case kase = bundle();

    assertThat(kase.fractures()).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(VertebralLevel.L1);
      assertThat(f.etiology()).isEqualTo(Etiology.UNKNOWN);
    });
    assertThat(assess(kase).decision()).isEqualTo(Decision.INCOMPLETE);
  }

  @ParameterizedTest(name = "{0}|{1}")
  @CsvSource(delimiter = '|', value = {
      "http://hl7.org/fhir/sid/icd-10-cm | G95.20 | Unspecified cord compression",
      "http://hl7.org/fhir/sid/icd-10-cm | G992   | Myelopathy in diseases classified elsewhere",
      "http://snomed.info/sct            | 1734006 | Fracture of the vertebral column with spinal cord injury"})
  void aMyelopathyDiagnosisIsAMyelopathy(String system, String code, String display) throws IOException {
    record().add(condition("c-1", system, code.strip(), display, null));

    assertThat(bundle().neuro().myelopathy()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"A41.01", "A4102", "A40.3", "A41.89"})
  void everySepsisCodeIsASystemicInfection(String code) throws IOException {
    record().add(condition("c-1", "http://hl7.org/fhir/sid/icd-10-cm", code, "Sepsis", null));

    assertThat(bundle().infection().status()).isEqualTo(InfectionStatus.SYSTEMIC);
  }
}
