package org.vapath.server;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.server.cds.HookRequests;

/** The CDS Hooks service over real HTTP, with tokens signed by a test EHR. */
class CdsServerTest {
  private static final String PUBLIC = "https://vapath.test";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** The server's day, on which the EHR issues its tokens too (the token checks read the server's clock). */
  private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static final Ehr EHR = new Ehr(DAY);

  @TempDir
  static Path dir;
  private static CdsServer server;

  @BeforeAll
  static void start() throws IOException {
    ServerConfig config = new ServerConfig(0, URI.create(PUBLIC), List.of(new ServerConfig.TrustedIssuer(
        Ehr.ISSUER, EHR.writeJwks(dir).toString())), false, 200_000, List.of("https://ehr.test"),
        KnowledgePackJson.embedded());
    server = CdsServer.start(config, DAY);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> call(String method, String path, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> hook(String service, String body) throws IOException, InterruptedException {
    return call("POST", "/cds-services/" + service, body, EHR.token(PUBLIC + "/cds-services/" + service));
  }

  static String request(String hook, String vignette, String draftOrderCode) {
    return HookRequests.forVignette(hook, vignette, draftOrderCode);
  }


  @Test
  void discoveryListsTheThreeServicesWithPrefetchTemplates() throws Exception {
    HttpResponse<String> response = call("GET", "/cds-services", null, EHR.token(PUBLIC + "/cds-services"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode services = JSON.readTree(response.body()).get("services");
    assertThat(services).extracting(s -> s.get("hook").asText())
        .containsExactly("patient-view", "order-select", "order-sign");
    assertThat(services.get(0).at("/prefetch/patient").asText()).isEqualTo("Patient/{{context.patientId}}");
    assertThat(services.get(0).at("/prefetch/labs").asText()).contains("http://loinc.org|777-3");
    assertThat(services.get(0).at("/prefetch/medicationRequests").asText()).isEqualTo("MedicationRequest?patient="
        + "{{context.patientId}}&status=active,on-hold&_include=MedicationRequest:medication");
    assertThat(services.get(0).at("/prefetch/medicationStatements").asText()).isEqualTo("MedicationStatement?"
        + "patient={{context.patientId}}&status=active&_include=MedicationStatement:medication");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "P01-osteoporotic-classic,    info",
      "P06-local-infection,         critical",
      "P14-no-labs,                 warning",
      "P18-warfarin-high-inr,       warning",
      "P09-tumor-canal-compromise,  critical"})
  void patientViewGivesOneCardWhoseIndicatorFollowsTheDecision(String vignette, String indicator) throws Exception {
    HttpResponse<String> response = hook("vapath-patient-view", request("patient-view", vignette, null));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode card = JSON.readTree(response.body()).get("cards").get(0);
    assertThat(card.get("indicator").asText()).isEqualTo(indicator);
    assertThat(card.get("summary").asText()).hasSizeLessThanOrEqualTo(140).startsWith("Vertebral augmentation");
    assertThat(card.get("detail").asText()).contains("**Sources.**", "[REF]");
    assertThat(card.at("/source/label").asText()).startsWith("VAPath");
    assertThat(card.get("overrideReasons")).isNotEmpty();
  }

  @Test
  void missingLabsComeWithSuggestionsToOrderThem() throws Exception {
    JsonNode card = JSON.readTree(hook("vapath-patient-view", request("patient-view", "P14-no-labs", null)).body())
        .at("/cards/0");

    assertThat(card.get("suggestions")).extracting(s -> s.at("/actions/0/resource/code/coding/0/code").asText())
        .containsExactlyInAnyOrder("777-3", "6301-6");
    assertThat(card.at("/suggestions/0/actions/0/resource/resourceType").asText()).isEqualTo("ServiceRequest");
  }

  @Test
  void patientViewIsQuietWithoutAVertebralFracture() throws Exception {
    HttpResponse<String> response = hook("vapath-patient-view", request("patient-view", "P17-no-fracture", null));

    assertThat(JSON.readTree(response.body()).get("cards")).isEmpty();
  }

  @Test
  void orderSignDoesNotRepeatTheCardOrderSelectShowedForTheSameOrder() throws Exception {
    JsonNode select = JSON.readTree(hook("vapath-order-select",
        request("order-select", "P18-warfarin-high-inr", "22511")).body());
    JsonNode sign = JSON.readTree(hook("vapath-order-sign",
        request("order-sign", "P18-warfarin-high-inr", "22511")).body());
    JsonNode changed = JSON.readTree(hook("vapath-order-sign",
        request("order-sign", "P19-low-platelets-correctable", "22511")).body());

    // the decision's card, then the payer's documentation card
    assertThat(select.get("cards")).hasSize(2);
    assertThat(select.at("/cards/1/summary").asText()).startsWith("Payer documentation (Medicare LCD): ");
    assertThat(sign.get("cards")).isEmpty();
    assertThat(changed.get("cards")).hasSize(2);
  }

  @Test
  void ordersThatAreNotVertebralAugmentationGetNoCard() throws Exception {
    JsonNode response = JSON.readTree(hook("vapath-order-select",
        request("order-select", "P06-local-infection", "99213")).body());

    assertThat(response.get("cards")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no token                |          | Bearer JWT",
      "unknown issuer          | https://other.test | not trusted",
      "wrong audience          | aud      | not valid",
      "expired                 | exp      | not valid",
      "no jti                  | jti      | not valid",
      "empty jti               | emptyjti | jti is empty",
      "expires in ten years    | tenyears | lifetime",
      "issued a year ago       | oldiat   | lifetime",
      "lifetime just over 5min | longer   | lifetime (exp - iat) is 302 s; at most 300 s",
      "HS256 is not accepted   | hs       | not valid"})
  void requestsWithoutAValidTokenAreRefusedWith401(String why, String defect, String words) throws Exception {
    String audience = PUBLIC + "/cds-services";
    Instant now = DAY.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String token = switch (defect == null ? "" : defect) {
      case "" -> null;
      case "aud" -> EHR.token(PUBLIC + "/somewhere-else");
      case "exp" -> EHR.token(JWSAlgorithm.ES384, Ehr.ISSUER, audience, now.minusSeconds(120), "x1");
      case "jti" -> EHR.token(JWSAlgorithm.ES384, Ehr.ISSUER, audience, now.plusSeconds(240), null);
      case "emptyjti" -> EHR.token(JWSAlgorithm.ES384, Ehr.ISSUER, audience, now.plusSeconds(240), "");
      case "tenyears" -> EHR.token(JWSAlgorithm.ES384, Ehr.ISSUER, audience,
          now.plus(java.time.Duration.ofDays(3653)), "x3");
      case "oldiat" -> EHR.token(JWSAlgorithm.ES384, Ehr.ISSUER, audience, now.minus(
          java.time.Duration.ofDays(365)), now.plusSeconds(60), "x4");
      case "longer" -> EHR.token(JWSAlgorithm.ES384, Ehr.ISSUER, audience, now.minusSeconds(10),
          now.plusSeconds(292), "x5");
      case "hs" -> "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJodHRwczovL2Voci50ZXN0In0.c2lnbmF0dXJl";
      default -> EHR.token(JWSAlgorithm.ES384, defect, audience, now.plusSeconds(240), "x2");
    };

    HttpResponse<String> response = call("GET", "/cds-services", null, token);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(response.body()).get("resourceType").asText()).isEqualTo("OperationOutcome");
    assertThat(response.body()).contains(words);
  }

  @Test
  void aReplayedTokenIsRefusedAndRs384IsAccepted() throws Exception {
    String token = EHR.token(JWSAlgorithm.RS384, Ehr.ISSUER, PUBLIC + "/cds-services", DAY.instant().plusSeconds(240),
        UUID.randomUUID().toString());

    assertThat(call("GET", "/cds-services", null, token).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/cds-services", null, token).statusCode()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed JSON      | {\"hook\": ",
      "unknown hook        | {\"hook\":\"encounter-start\",\"hookInstance\":\"1\",\"context\":{\"patientId\":\"1\"}}",
      "missing context     | {\"hook\":\"patient-view\",\"hookInstance\":\"1\"}",
      "bad FHIR prefetch   | {\"hook\":\"patient-view\",\"hookInstance\":\"1\",\"context\":{\"patientId\":\"1\"},\"prefetch\":{\"patient\":{\"resourceType\":\"Nonsense\"}}}",
      "entry not an array  | {\"hook\":\"patient-view\",\"hookInstance\":\"1\",\"context\":{\"patientId\":\"1\"},\"prefetch\":{\"labs\":{\"resourceType\":\"Bundle\",\"entry\":{\"resource\":{}}}}}"})
  void badInputIs400WithAnOperationOutcomeNeverA500(String why, String body) throws Exception {
    HttpResponse<String> response = hook("vapath-patient-view", body);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode outcome = JSON.readTree(response.body());
    assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
    assertThat(outcome.at("/issue/0/diagnostics").asText()).isNotBlank();
  }

  @Test
  void anUnknownServiceIs404() throws Exception {
    HttpResponse<String> response = hook("no-such-service", request("patient-view", "P01-osteoporotic-classic", null));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).at("/issue/0/code").asText()).isEqualTo("not-found");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    HttpResponse<String> response = hook("vapath-patient-view", "{\"pad\":\"" + "x".repeat(300_000) + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void browsersFromAnAllowedOriginGetCorsHeaders() throws Exception {
    HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/cds-services"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://ehr.test")
        .header("Access-Control-Request-Method", "POST").build();

    HttpResponse<String> response = HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://ehr.test");
  }

  @Test
  void feedbackIsStoredAndCounted() throws Exception {
    String body = "{\"feedback\":[{\"card\":\"c1\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":"
        + "{\"code\":\"clinical-judgement\"}},\"outcomeTimestamp\":\"2026-11-23T12:00:00Z\"}]}";

    HttpResponse<String> response = call("POST", "/cds-services/vapath-order-select/feedback", body,
        EHR.token(PUBLIC + "/cds-services/vapath-order-select/feedback"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.feedbackCounts()).containsEntry("vapath-order-select overridden clinical-judgement", 1);
  }

  @Test
  void withNoEhrTrustedEveryHookRequestIsRefused() throws Exception {
    ServerConfig config = new ServerConfig(0, URI.create(PUBLIC), List.of(), false, 200_000, List.of(),
        KnowledgePackJson.embedded());
    try (CdsServer closed = CdsServer.start(config)) {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + closed.port()
          + "/cds-services/vapath-patient-view")).header("Authorization", "Bearer " + EHR.token(PUBLIC
          + "/cds-services/vapath-patient-view")).POST(HttpRequest.BodyPublishers.ofString(request("patient-view",
          "P01-osteoporotic-classic", null))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).contains("not trusted");
    }
  }
}
