package org.vapath.server;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.fhir.CaseToFhir;
import org.vapath.server.cds.HookRequests;

/**
 * How a hook's FHIR data are gathered (CDS Hooks 2.0, "Prefetch Template"): what the prefetch
 * answered is used, what it did not answer is fetched key by key, 412 when a required key can be
 * neither, and one patient per request.
 */
class PrefetchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String OUTCOME = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
      + "\"code\":\"timeout\",\"diagnostics\":\"the EHR could not prefetch this\"}]}";
  private static CdsServer server;

  @BeforeAll
  static void start() {
    ServerConfig config = new ServerConfig(0, URI.create("http://localhost"), List.of(), true, 1_000_000,
        List.of(), KnowledgePackJson.embedded());
    server = CdsServer.start(config, Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(ObjectNode request) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
        + "/cds-services/vapath-patient-view")).POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Bundle record(String vignette) {
    return CaseToFhir.of(new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/" + vignette + ".case.json")));
  }

  private static ObjectNode request(String patientId, ObjectNode prefetch) {
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", "patient-view").put("hookInstance", "prefetch-test");
    request.putObject("context").put("userId", "Practitioner/1").put("patientId", patientId);
    if (prefetch != null) {
      request.set("prefetch", prefetch);
    }
    return request;
  }

  @Test
  void withNeitherPrefetchNorFhirServerTheAnswerIs412WithAnOperationOutcome() throws Exception {
    HttpResponse<String> response = post(request("P01", null));

    assertThat(response.statusCode()).isEqualTo(412);
    JsonNode outcome = JSON.readTree(response.body());
    assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
    assertThat(outcome.at("/issue/0/diagnostics").asText()).contains("prefetch.patient", "prefetch.conditions",
        "prefetch.medicationRequests", "fhirServer").doesNotContain("prefetch.labs");
  }

  @Test
  void theSpecificationsExamplePrefetchLacksConditionsSoWithoutFhirServerItIs412() throws Exception {
    ObjectNode example = (ObjectNode) JSON.readTree(Vignettes.read("/cds-hooks-spec/prefetch-data-example.json"));
    ObjectNode request = request("1288992", (ObjectNode) example.get("prefetch"));

    HttpResponse<String> response = post(request);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(412);
    assertThat(JSON.readTree(response.body()).at("/issue/0/diagnostics").asText())
        .contains("prefetch.conditions").doesNotContain("prefetch.patient");
  }

  @Test
  void withoutFhirServerMissingOptionalKeysAreUnknownAndTheCardSaysWhatIsMissing() throws Exception {
    ObjectNode prefetch = HookRequests.prefetch(record("P01-osteoporotic-classic"));
    prefetch.remove("labs");

    HttpResponse<String> response = post(request("P01", prefetch));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).at("/cards/0/summary").asText())
        .isEqualTo("Vertebral augmentation: incomplete, platelet count and INR missing");
  }

  @Test
  void onlyTheKeysThePrefetchDidNotAnswerAreFetchedEachByItsOwnQuery() throws Exception {
    Bundle record = record("P01-osteoporotic-classic");
    ObjectNode prefetch = HookRequests.prefetch(record);
    prefetch.remove("labs");
    prefetch.set("medicationStatements", JSON.readTree(OUTCOME));
    try (FhirServerStandIn fhir = new FhirServerStandIn(record, "t-1")) {
      ObjectNode request = request("P01", prefetch).put("fhirServer", fhir.baseUrl());
      request.putObject("fhirAuthorization").put("access_token", "t-1").put("token_type", "Bearer");

      HttpResponse<String> response = post(request);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(fhir.searches()).hasSize(2)
          .anySatisfy(s -> assertThat(s).startsWith("GET /fhir/Observation?patient=P01&code=")
              .contains("http://loinc.org%7C777-3"))
          .anySatisfy(s -> assertThat(s)
              .startsWith("GET /fhir/MedicationStatement?patient=P01&status=active&_include="));
      assertThat(fhir.reads()).isEmpty();
      assertThat(JSON.readTree(response.body()).at("/cards/0/summary").asText())
          .startsWith("Vertebral augmentation indicated");
    }
  }

  @Test
  void aSearchsetWhoseOutcomeIsAnErrorIsFetchedAgainAndOneThatOnlyWarnsIsKept() throws Exception {
    Bundle record = record("P01-osteoporotic-classic");
    ObjectNode prefetch = HookRequests.prefetch(record);
    ((ArrayNode) prefetch.at("/conditions/entry")).addObject().set("resource", JSON.readTree(OUTCOME));
    ((ArrayNode) prefetch.at("/labs/entry")).addObject().set("resource", JSON.readTree(
        OUTCOME.replace("\"error\"", "\"warning\"")));
    try (FhirServerStandIn fhir = new FhirServerStandIn(record, "t-2")) {
      ObjectNode request = request("P01", prefetch).put("fhirServer", fhir.baseUrl());
      request.putObject("fhirAuthorization").put("access_token", "t-2");

      assertThat(post(request).statusCode()).isEqualTo(200);
      assertThat(fhir.searches()).singleElement().asString().startsWith("GET /fhir/Condition?patient=P01");
    }
  }

  @Test
  void aNullKeyIsTheEhrSayingThereIsNoDataAndIsNotFetchedAgain() throws Exception {
    Bundle record = record("P01-osteoporotic-classic");
    ObjectNode prefetch = HookRequests.prefetch(record);
    assertThat(prefetch.get("medicationRequests").isNull()).isTrue();
    try (FhirServerStandIn fhir = new FhirServerStandIn(record, "t-3")) {
      ObjectNode request = request("P01", prefetch).put("fhirServer", fhir.baseUrl());
      request.putObject("fhirAuthorization").put("access_token", "t-3");

      assertThat(post(request).statusCode()).isEqualTo(200);
      assertThat(fhir.searches()).isEmpty();
    }
  }

  @Test
  void aPrefetchedPatientOtherThanTheContextsIsRefusedWith400NamingIt() throws Exception {
    ObjectNode prefetch = HookRequests.prefetch(record("P01-osteoporotic-classic"));
    ((ObjectNode) prefetch.get("patient")).put("id", "someone-else");

    HttpResponse<String> response = post(request("P01", prefetch));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode issue = JSON.readTree(response.body()).at("/issue/0");
    assertThat(issue.at("/expression/0").asText()).isEqualTo("prefetch.patient");
    assertThat(issue.get("diagnostics").asText()).contains("\"someone-else\"", "context.patientId");
  }

  @Test
  void aFhirServerThatRefusesTheTokenIs412() throws Exception {
    Bundle record = record("P01-osteoporotic-classic");
    ObjectNode prefetch = HookRequests.prefetch(record);
    prefetch.remove("conditions");
    try (FhirServerStandIn fhir = new FhirServerStandIn(record, "the-right-token")) {
      ObjectNode request = request("P01", prefetch).put("fhirServer", fhir.baseUrl());
      request.putObject("fhirAuthorization").put("access_token", "a-wrong-token");

      HttpResponse<String> response = post(request);

      assertThat(response.statusCode()).isEqualTo(412);
      assertThat(JSON.readTree(response.body()).at("/issue/0/diagnostics").asText()).contains("401");
    }
  }

  @Test
  void aMedicationThatAPrefetchedRequestNamesIsReadFromTheFhirServer() throws Exception {
    Bundle record = record("P01-osteoporotic-classic");
    ObjectNode prefetch = HookRequests.prefetch(record);
    Bundle requests = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    requests.addEntry().setResource(HookRequests.request("Medication/warf",
        org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus.ACTIVE));
    prefetch.set("medicationRequests", JSON.readTree(org.vapath.fhir.FhirJson.context().newJsonParser()
        .encodeResourceToString(requests)));
    record.addEntry().setResource(HookRequests.medication("warf", "11289"));
    try (FhirServerStandIn fhir = new FhirServerStandIn(record, "t-4")) {
      ObjectNode request = request("P01", prefetch).put("fhirServer", fhir.baseUrl());
      request.putObject("fhirAuthorization").put("access_token", "t-4");

      JsonNode card = JSON.readTree(post(request).body()).at("/cards/0");

      assertThat(fhir.reads()).containsExactly("GET /fhir/Medication/warf");
      assertThat(card.get("detail").asText()).contains("warfarin");
    }
  }

  /** Appends a resource to the searchset under {@code key} (made when the key was null). */
  private static void append(ObjectNode prefetch, String key, String resource) throws Exception {
    if (prefetch.get(key) == null || prefetch.get(key).isNull()) {
      prefetch.set(key, JSON.readTree("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[]}"));
    }
    ((ArrayNode) prefetch.get(key).get("entry")).addObject().set("resource", JSON.readTree(resource));
  }

  @Test
  void aPrefetchedResultOfAnotherPatientIs400NamingItNeverMerged() throws Exception {
    ObjectNode prefetch = HookRequests.prefetch(record("P01-osteoporotic-classic"));
    append(prefetch, "labs", "{\"resourceType\":\"Observation\",\"id\":\"plt-x\",\"status\":\"final\","
        + "\"subject\":{\"reference\":\"Patient/someone-else\"},\"code\":{\"coding\":[{\"system\":"
        + "\"http://loinc.org\",\"code\":\"777-3\"}]},\"effectiveDateTime\":\"2026-11-22\","
        + "\"valueQuantity\":{\"value\":15,\"code\":\"10*3/uL\"}}");

    HttpResponse<String> response = post(request("P01", prefetch));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).at("/issue/0/diagnostics").asText())
        .contains("Observation/plt-x.subject").contains("another patient");
  }

  @Test
  void aLabInAnOddUnitIsNamedOnTheCardAndAMedicationNotBroughtIsAskedAbout() throws Exception {
    ObjectNode prefetch = HookRequests.prefetch(record("P01-osteoporotic-classic"));
    append(prefetch, "labs", "{\"resourceType\":\"Observation\",\"id\":\"plt-old\",\"status\":\"final\","
        + "\"subject\":{\"reference\":\"Patient/P01\"},\"code\":{\"coding\":[{\"system\":"
        + "\"http://loinc.org\",\"code\":\"777-3\"}]},\"effectiveDateTime\":\"2005-06-01\","
        + "\"valueQuantity\":{\"value\":250,\"code\":\"x10E3/uL\"}}");
    append(prefetch, "medicationRequests", "{\"resourceType\":\"MedicationRequest\",\"id\":\"mr-1\","
        + "\"status\":\"active\",\"intent\":\"order\",\"subject\":{\"reference\":\"Patient/P01\"},"
        + "\"medicationReference\":{\"reference\":\"Medication/med-9\"}}");

    HttpResponse<String> response = post(request("P01", prefetch));

    assertThat(response.statusCode()).isEqualTo(200);
    String detail = JSON.readTree(response.body()).at("/cards/0/detail").asText();
    assertThat(detail).contains("Not read from the record").contains("Observation/plt-old.valueQuantity.code");
    assertThat(detail).contains("MEDICATION_UNRESOLVED").contains("MedicationRequest/mr-1");
  }

  @Test
  void aPrefetchedReportsTextFillsTheFractureAndTheCardQuotesIt() throws Exception {
    Bundle record = CaseToFhir.withReport(new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11,
        23)).read(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json")));
    ObjectNode prefetch = HookRequests.prefetch(record);

    HttpResponse<String> response = post(request("P01", prefetch));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode card = JSON.readTree(response.body()).at("/cards/0");
    assertThat(card.get("indicator").asText()).isEqualTo("info");
    assertThat(card.get("detail").asText()).contains("READ_FROM_REPORT").contains("compression fracture of the L1");
  }
}
