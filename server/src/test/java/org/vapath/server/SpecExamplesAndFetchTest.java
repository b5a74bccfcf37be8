package org.vapath.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.fhir.CaseToFhir;

/** The CDS Hooks specification's own examples, and the fetch path to the EHR's FHIR server. */
class SpecExamplesAndFetchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static CdsServer server;

  @BeforeAll
  static void start() {
    ServerConfig config = new ServerConfig(0, URI.create("http://localhost"), List.of(), true, 1_000_000,
        List.of(), KnowledgePack.embedded());
    server = CdsServer.start(config, Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode post(String service, String body) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
        + "/cds-services/" + service)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void discoveryHasTheShapeOfTheSpecificationsExample() throws Exception {
    JsonNode example = JSON.readTree(Vignettes.read("/cds-hooks-spec/discovery-response.json"));
    JsonNode ours = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
        + "/cds-services")).build(), HttpResponse.BodyHandlers.ofString()).body());

    Set<String> required = new TreeSet<>(List.of("hook", "description", "id"));
    example.get("services").forEach(s -> assertThat(fields(s)).containsAll(required));
    ours.get("services").forEach(s -> {
      assertThat(fields(s)).containsAll(required).contains("title", "prefetch");
      s.get("prefetch").forEach(template -> assertThat(template.asText()).contains("{{context.patientId}}"));
    });
  }

  @Test
  void theSpecificationsPatientViewRequestIsAcceptedAndQuietWithoutAFracture() throws Exception {
    JsonNode response = post("vapath-patient-view", Vignettes.read("/cds-hooks-spec/patient-view-request.json"));

    assertThat(response.get("cards")).isEmpty();
  }

  @Test
  void theSpecificationsOrderSignRequestHasNoVertebralAugmentationOrderAndGetsNoCard() throws Exception {
    JsonNode response = post("vapath-order-sign", Vignettes.read("/cds-hooks-spec/order-sign-request.json"));

    assertThat(response.get("cards")).isEmpty();
  }

  @Test
  void withoutPrefetchTheRecordIsFetchedFromTheFhirServerWithTheGivenToken() throws Exception {
    var kase = new CaseReader(KnowledgePack.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/P06-local-infection.case.json"));
    try (FhirServerStandIn fhir = new FhirServerStandIn(CaseToFhir.of(kase), "token-123")) {
      ObjectNode request = JSON.createObjectNode();
      request.put("hook", "patient-view").put("hookInstance", "fetch-1").put("fhirServer", fhir.baseUrl());
      request.putObject("fhirAuthorization").put("access_token", "token-123").put("token_type", "Bearer");
      request.putObject("context").put("userId", "Practitioner/1").put("patientId", "P06");

      JsonNode card = post("vapath-patient-view", request.toString()).at("/cards/0");

      assertThat(card.get("indicator").asText()).isEqualTo("critical");
      assertThat(card.get("summary").asText()).contains("ACTIVE_INFECTION");
      assertThat(fhir.searches()).isGreaterThanOrEqualTo(8);
    }
  }

  /** Odd but parseable records: each is answered (200) or refused as bad input (400), never a server error. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "pain score without value  | {\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"72514-3\"}]},\"valueQuantity\":{\"unit\":\"score\"}}",
      "pain score of 40          | {\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"72514-3\"}]},\"valueQuantity\":{\"value\":40}}",
      "INR as text               | {\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"6301-6\"}]},\"valueString\":\"high\"}",
      "fracture without body site| {\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"M80.08XA\"}]}}",
      "etiology extension bogus  | {\"resourceType\":\"Condition\",\"extension\":[{\"url\":\"https://vapath.org/fhir/StructureDefinition/fracture-etiology\",\"valueCode\":\"gout\"}],\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"M48.50XA\"}]}}",
      "patient born in 2100      | {\"resourceType\":\"Patient\",\"id\":\"x\",\"birthDate\":\"2100-01-01\"}",
      "medication without code   | {\"resourceType\":\"MedicationRequest\",\"status\":\"active\",\"intent\":\"order\"}"})
  void oddRecordsAreAnsweredOrRefusedNeverAServerError(String why, String resource) throws Exception {
    String body = "{\"hook\":\"patient-view\",\"hookInstance\":\"odd\",\"context\":{\"patientId\":\"x\"},"
        + "\"prefetch\":{\"one\":" + resource + "}}";

    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
        + "/cds-services/vapath-patient-view")).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
