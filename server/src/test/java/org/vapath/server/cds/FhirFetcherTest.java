package org.vapath.server.cds;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.server.cds.HookRequests.medication;
import static org.vapath.server.cds.HookRequests.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.vapath.fhir.FhirJson;
import org.vapath.server.FhirServerStandIn;

/** The reads and searches VAPath makes on the EHR's FHIR server. */
class FhirFetcherTest {
  private static final String ODD_ID = "a&b/c d";
  private final FhirFetcher fetcher = new FhirFetcher();

  private static List<PrefetchTemplate> searches() {
    return CdsServices.templates(KnowledgePackJson.embedded()).stream().filter(t -> t.query().contains("?")).toList();
  }

  @Test
  void aPatientIdIsOneEncodedValueOfTheSearchesItGoesIn() {
    try (FhirServerStandIn fhir = new FhirServerStandIn(new Bundle(), "t")) {
      Map<String, List<JsonNode>> fetched = fetcher.fetch(fhir.baseUrl(), "t", ODD_ID, searches());

      assertThat(fetched).containsOnlyKeys(searches().stream().map(PrefetchTemplate::key).toList());
      assertThat(fhir.patientParameters()).hasSize(searches().size()).containsOnly(ODD_ID);
      assertThat(fhir.searches()).allSatisfy(s -> assertThat(s).contains("patient=a%26b%2Fc%20d")
          .doesNotContain("&b/").doesNotContain(" d"));
    }
  }

  @Test
  void aPatientIdIsEncodedInTheReadOfThePatient() {
    PrefetchTemplate read = new PrefetchTemplate("patient", "Patient/{{context.patientId}}", true);

    assertThat(read.url(ODD_ID)).isEqualTo("Patient/a%26b%2Fc%20d");
    assertThat(read.url("P-01.x")).isEqualTo("Patient/P-01.x");
  }

  @Test
  void theMedicationsCurrentOrdersNameAndThatWereNotBroughtAreRead() {
    Medication warfarin = medication("warf", "11289");
    Medication other = medication("stopped-one", "1191");
    Medication known = medication("known", "1191");
    try (FhirServerStandIn fhir = new FhirServerStandIn(bundle(warfarin, other, known), "t")) {
      MedicationStatement statement = new MedicationStatement().setStatus(
          MedicationStatement.MedicationStatementStatus.ACTIVE).setMedication(new Reference("Medication/known"));
      List<JsonNode> brought = json(request("Medication/warf", MedicationRequest.MedicationRequestStatus.ACTIVE),
          request("Medication/warf", MedicationRequest.MedicationRequestStatus.ONHOLD),
          request("Medication/stopped-one", MedicationRequest.MedicationRequestStatus.STOPPED),
          request("#contained", MedicationRequest.MedicationRequestStatus.ACTIVE),
          request(fhir.baseUrl() + "/Medication/missing", MedicationRequest.MedicationRequestStatus.ACTIVE),
          statement, known);

      List<JsonNode> read = fetcher.referencedMedications(brought, fhir.baseUrl(), "t");

      assertThat(read).extracting(r -> r.get("id").asText()).containsExactly("warf");
      assertThat(fhir.reads()).containsExactly("GET /fhir/Medication/warf", "GET /fhir/Medication/missing");
    }
  }

  @Test
  void atMostFiftyMedicationsAreReadForOneRequest() {
    List<JsonNode> brought = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      brought.addAll(json(request("Medication/m" + i, MedicationRequest.MedicationRequestStatus.ACTIVE)));
    }
    try (FhirServerStandIn fhir = new FhirServerStandIn(new Bundle(), "t")) {
      fetcher.referencedMedications(brought, fhir.baseUrl(), "t");

      assertThat(fhir.reads()).hasSize(FhirFetcher.MAX_MEDICATION_READS).hasSize(50);
    }
  }

  @Test
  void aReadPatientOfTheRecordComesBackUnderItsKey() {
    Patient patient = new Patient();
    patient.setId("P-7");
    try (FhirServerStandIn fhir = new FhirServerStandIn(bundle(patient), "t")) {
      Map<String, List<JsonNode>> fetched = fetcher.fetch(fhir.baseUrl() + "/", "t", "P-7",
          List.of(new PrefetchTemplate("patient", "Patient/{{context.patientId}}", true)));

      assertThat(fetched.get("patient")).singleElement()
          .satisfies(p -> assertThat(p.get("resourceType").asText()).isEqualTo("Patient"));
    }
  }

  /** The resources as the FHIR server's JSON, as VAPath reads them. */
  static List<JsonNode> json(Resource... resources) {
    List<JsonNode> trees = new ArrayList<>();
    for (Resource resource : resources) {
      try {
        trees.add(new ObjectMapper().readTree(FhirJson.context().newJsonParser().encodeResourceToString(resource)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return trees;
  }

  private static Bundle bundle(Resource... resources) {
    Bundle bundle = new Bundle();
    for (Resource resource : resources) {
      bundle.addEntry().setResource(resource);
    }
    return bundle;
  }
}
