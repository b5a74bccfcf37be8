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
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.fhir.CaseToFhir;
import org.vapath.server.cds.HookRequests;

/** The CDS Hooks specification's own examples, and the fetch path to the EHR's FHIR server. */
class SpecExamplesAndFetchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
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
  void theSpecificationsPatientViewRequestIsAcceptedTheRestFetchedAndQuietWithoutAFracture() throws Exception {
    ObjectNode request = (ObjectNode) JSON.readTree(Vignettes.read("/cds-hooks-spec/patient-view-request.json"));
    Patient patient = new Patient().setGender(Enumerations.AdministrativeGender.MALE);
    patient.setId("1288992");
    try (FhirServerStandIn fhir = new FhirServerStandIn(new Bundle().addEntry(new Bundle.BundleEntryComponent()
        .setResource(patient)), "some-opaque-fhir-access-token")) {
      request.put("fhirServer", fhir.baseUrl()); // the example's server, here on loopback

      JsonNode response = post("vapath-patient-view", request.toString());

      assertThat(response.get("cards")).isEmpty();
      assertThat(fhir.reads()).containsExactly("GET /fhir/Patient/1288992");
      assertThat(fhir.searches()).hasSize(8);
    }
  }

  @Test
  void theSpecificationsOrderSignRequestHasNoVertebralAugmentationOrderAndGetsNoCard() throws Exception {
    JsonNode response = post("vapath-order-sign", Vignettes.read("/cds-hooks-spec/order-sign-request.json"));

    assertThat(response.get("cards")).isEmpty();
  }

  @Test
  void orderSelectAnswersForTheSelectedOrdersOnlyAndOrderSignForAllTheDraftOrders() throws Exception {
    ObjectNode select = (ObjectNode) JSON.readTree(Vignettes.read("/cds-hooks-spec/order-select-request.json"));
    ObjectNode context = (ObjectNode) select.get("context");
    ((ArrayNode) context.at("/draftOrders/entry")).addObject().set("resource", JSON.readTree("{\"resourceType\":"
        + "\"ServiceRequest\",\"id\":\"kp-1\",\"status\":\"draft\",\"intent\":\"order\",\"code\":{\"coding\":"
        + "[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"22514\"}]},\"subject\":{\"reference\":"
        + "\"Patient/1288992\"}}"));
    select.set("prefetch", HookRequests.prefetch(CaseToFhir.of(new CaseReader(KnowledgePackJson.embedded(),
        () -> LocalDate.of(2026, 11, 23)).read(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json")
        .replace("\"P01\"", "\"1288992\"")))));
    ObjectNode sign = select.deepCopy().put("hook", "order-sign").put("hookInstance", "sign-1");
    ((ObjectNode) sign.get("context")).remove("selections");

    JsonNode unselected = post("vapath-order-select", select.toString());
    JsonNode signed = post("vapath-order-sign", sign.toString());
    ((ArrayNode) context.get("selections")).add("ServiceRequest/kp-1");
    JsonNode selected = post("vapath-order-select", select.put("hookInstance", "select-2").toString());

    assertThat(unselected.get("cards")).isEmpty();
    // the decision's card, then the payer's documentation card (P01 is osteoporotic)
    assertThat(signed.get("cards")).hasSize(2);
    assertThat(selected.get("cards")).hasSize(2);
  }

  @Test
  void orderSelectWithoutSelectionsIsRefusedNamingTheField() throws Exception {
    ObjectNode select = (ObjectNode) JSON.readTree(Vignettes.read("/cds-hooks-spec/order-select-request.json"));
    ((ObjectNode) select.get("context")).remove("selections");

    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
        + "/cds-services/vapath-order-select")).POST(HttpRequest.BodyPublishers.ofString(select.toString())).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).at("/issue/0/expression/0").asText()).isEqualTo("context.selections");
  }

  @Test
  void withoutPrefetchTheRecordIsFetchedFromTheFhirServerWithTheGivenToken() throws Exception {
    var kase = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/P06-local-infection.case.json"));
    try (FhirServerStandIn fhir = new FhirServerStandIn(CaseToFhir.of(kase), "token-123")) {
      ObjectNode request = JSON.createObjectNode();
      request.put("hook", "patient-view").put("hookInstance", "fetch-1").put("fhirServer", fhir.baseUrl());
      request.putObject("fhirAuthorization").put("access_token", "token-123").put("token_type", "Bearer");
      request.putObject("context").put("userId", "Practitioner/1").put("patientId", "P06");

      JsonNode card = post("vapath-patient-view", request.toString()).at("/cards/0");

      assertThat(card.get("indicator").asText()).isEqualTo("critical");
      assertThat(card.get("summary").asText()).contains("active infection");
      assertThat(fhir.searches()).hasSize(8);
    }
  }

  /** Odd but parseable records: each is answered (200) or refused as bad input (400), never a server error. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "pain score without value  | labs               | {\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"72514-3\"}]},\"valueQuantity\":{\"unit\":\"score\"}}",
      "pain score of 40          | labs               | {\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"72514-3\"}]},\"valueQuantity\":{\"value\":40}}",
      "INR as text               | labs               | {\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"6301-6\"}]},\"valueString\":\"high\"}",
      "fracture without body site| conditions         | {\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"M80.08XA\"}]}}",
      "etiology extension bogus  | conditions         | {\"resourceType\":\"Condition\",\"extension\":[{\"url\":\"https://vapath.org/fhir/StructureDefinition/fracture-etiology\",\"valueCode\":\"gout\"}],\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"M48.50XA\"}]}}",
      "patient born in 2100      | patient            | {\"resourceType\":\"Patient\",\"id\":\"x\",\"birthDate\":\"2100-01-01\"}",
      "medication without code   | medicationRequests | {\"resourceType\":\"MedicationRequest\",\"status\":\"active\",\"intent\":\"order\"}"})
  void oddRecordsAreAnsweredOrRefusedNeverAServerError(String why, String key, String resource) throws Exception {
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", "patient-view").put("hookInstance", "odd").putObject("context").put("patientId", "x");
    ObjectNode prefetch = request.putObject("prefetch");
    HookRequests.prefetchKeys().forEach(prefetch::putNull);
    prefetch.set(key, JSON.readTree(resource));

    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
        + "/cds-services/vapath-patient-view")).POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
