package org.vapath.server.api;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.Vignettes;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.CdsServer;
import org.vapath.server.ServerConfig;

/** The registry API over real HTTP with real sessions: sign-in, roles, CSRF, the whole pathway. */
class RegistryApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A procedure's day far enough back for its follow-up a month later to have passed. */
  private static final java.time.LocalDate DONE = java.time.LocalDate.now().minusDays(40);

  @TempDir
  static Path folder;
  private static Registry registry;
  private static CdsServer server;

  @BeforeAll
  static void start() throws IOException {
    registry = Registry.embedded(folder.resolve("db"), KnowledgePackJson.embedded());
    registry.accounts().create("dr.a", "clinician password".toCharArray(), Role.CLINICIAN, "test");
    registry.accounts().create("auditor", "auditor password".toCharArray(), Role.AUDITOR, "test");
    registry.accounts().create("admin", "administrator password".toCharArray(), Role.ADMIN, "test");
    Path jwks = Files.writeString(folder.resolve("jwks.json"), "{\"keys\":[]}");
    server = CdsServer.start(new ServerConfig(0, URI.create("http://localhost"), List.of(
        new ServerConfig.TrustedIssuer("https://ehr.test", jwks.toString())), false, 1_000_000, List.of(),
        KnowledgePackJson.embedded(), registry));
  }

  @AfterAll
  static void stop() {
    server.close();
    registry.close();
  }

  /** A browser-like client: its own cookies, and the CSRF token of its sign-in. */
  private static final class Client {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String csrf;

    HttpResponse<String> send(String method, String path, String body) throws Exception {
      HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(body);
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
          .method(method, publisher);
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      if (csrf != null) {
        request.header("X-CSRF-Token", csrf);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    Client signIn(String user, String password) throws Exception {
      HttpResponse<String> response = send("POST", "/api/login", "{\"username\":\"" + user + "\",\"password\":\""
          + password + "\"}");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      csrf = JSON.readTree(response.body()).get("csrfToken").asText();
      return this;
    }
  }

  @Test
  void aClinicianAssessesACaseRecordsTheProcedureAndFollowUpAndTheAuditCountsIt() throws Exception {
    Client clinician = new Client().signIn("dr.a", "clinician password");

    HttpResponse<String> created = clinician.send("POST", "/api/cases",
        Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.at("/assessment/decision").asText()).isEqualTo("INDICATED");
    long caseId = body.get("id").asLong();

    HttpResponse<String> procedure = clinician.send("POST", "/api/cases/" + caseId + "/procedures",
        "{\"performedOn\":\"" + DONE + "\",\"technique\":\"VERTEBROPLASTY\",\"approach\":\"BIPEDICULAR\","
            + "\"guidance\":\"FLUOROSCOPY\",\"operator\":\"dr.a\",\"levels\":{\"L1\":4.5}}");
    assertThat(procedure.statusCode()).as(procedure.body()).isEqualTo(201);
    long procedureId = JSON.readTree(procedure.body()).get("id").asLong();
    assertThat(clinician.send("POST", "/api/procedures/" + procedureId + "/follow-ups",
        "{\"seenOn\":\"" + DONE.plusDays(30) + "\",\"painNrs\":2,\"rmdq\":6,\"odi\":20}").statusCode())
        .isEqualTo(201);

    assertThat(clinician.send("POST", "/api/procedures/" + procedureId + "/complications",
        "{\"code\":\"BLEEDING\",\"severity\":\"MINOR\",\"occurredOn\":\"" + DONE + "\"}").statusCode())
        .isEqualTo(201);

    Client auditor = new Client().signIn("auditor", "auditor password");
    JsonNode audit = JSON.readTree(auditor.send("GET", "/api/audit", null).body());
    JsonNode osteoporosis = null;
    for (JsonNode row : audit) {
      osteoporosis = row.get("etiology").asText().equals("osteoporosis") ? row : osteoporosis;
    }
    assertThat(osteoporosis).isNotNull();
    assertThat(osteoporosis.at("/successes/events").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(osteoporosis.at("/rmdqMinimalChange/cases").asInt()).as("P01 has no RMDQ at assessment").isZero();
    assertThat(auditor.send("GET", "/api/audit.csv", null).body()).startsWith("etiology,procedures,")
        .contains(",rmdq_followed_up,rmdq_mic,rmdq_mic_percent,rmdq_mic_ci_low,rmdq_mic_ci_high,odi_followed_up,");
    assertThat(auditor.send("GET", "/api/cases/" + caseId, null).statusCode()).isEqualTo(200);
    assertThat(registry.auditLog(caseId)).contains("dr.a CREATE_CASE", "dr.a RECORD_PROCEDURE",
        "auditor VIEW_CASE");

    HttpResponse<byte[]> sheet = clinician.http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
        + server.port() + "/api/cases/" + caseId + "/sheet.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(new String(sheet.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aFollowUpTakesRmdqFrom0To24() throws Exception {
    Client clinician = new Client().signIn("dr.a", "clinician password");
    long caseId = JSON.readTree(clinician.send("POST", "/api/cases",
        Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json")).body()).get("id").asLong();
    long procedureId = JSON.readTree(clinician.send("POST", "/api/cases/" + caseId + "/procedures",
        "{\"performedOn\":\"" + DONE + "\",\"technique\":\"VERTEBROPLASTY\",\"approach\":\"BIPEDICULAR\","
            + "\"guidance\":\"FLUOROSCOPY\",\"operator\":\"dr.a\",\"levels\":{\"L1\":4.5}}").body()).get("id").asLong();

    HttpResponse<String> tooHigh = clinician.send("POST", "/api/procedures/" + procedureId + "/follow-ups",
        "{\"seenOn\":\"" + DONE.plusDays(30) + "\",\"painNrs\":2,\"rmdq\":25}");
    HttpResponse<String> recorded = clinician.send("POST", "/api/procedures/" + procedureId + "/follow-ups",
        "{\"seenOn\":\"" + DONE.plusDays(30) + "\",\"painNrs\":2,\"rmdq\":6,\"odi\":20}");

    assertThat(tooHigh.statusCode()).isEqualTo(400);
    assertThat(tooHigh.body()).contains("rmdq").contains("25");
    assertThat(recorded.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(clinician.send("GET", "/api/cases/" + caseId + "/procedures", null).body())
        .at("/0/followUps/0/rmdq").asInt()).isEqualTo(6);
  }

  /** The sheet of a stored case tells the stored assessment, not one made again with today's pack. */
  @Test
  void theSheetOfAStoredCaseIsMadeFromItsStoredAssessment() throws Exception {
    var reader = new org.vapath.core.json.CaseReader(KnowledgePackJson.embedded(), java.time.LocalDate::now);
    var kase = reader.read(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"));
    // stored with another assessment (a hemangioma's, which has no published figures): what the sheet must tell
    var stored = org.vapath.core.Engine.withEmbeddedKnowledge().assess(reader.read(Vignettes.read(
        "/vignettes/P03-hemangioma-indicated.case.json")));
    long caseId = registry.saveCase(kase, stored, "dr.a");
    Client clinician = new Client().signIn("dr.a", "clinician password");

    HttpResponse<byte[]> sheet = clinician.http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
        + server.port() + "/api/cases/" + caseId + "/sheet.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());

    try (var pdf = org.apache.pdfbox.Loader.loadPDF(sheet.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Case reference: P03", "No figure has been published").doesNotContain("About 90 in");
    }
    assertThat(registry.auditLog(caseId)).contains("dr.a VIEW_CASE");
  }

  @Test
  void withoutSignInItIs401AndAWrongPasswordToo() throws Exception {
    Client anonymous = new Client();

    assertThat(anonymous.send("GET", "/api/audit", null).statusCode()).isEqualTo(401);
    assertThat(anonymous.send("POST", "/api/login", "{\"username\":\"dr.a\",\"password\":\"wrong password!\"}")
        .statusCode()).isEqualTo(401);
  }

  @Test
  void anAuditorMayNotRecordAndAClinicianMayNotCreateAccounts() throws Exception {
    Client auditor = new Client().signIn("auditor", "auditor password");
    Client clinician = new Client().signIn("dr.a", "clinician password");

    assertThat(auditor.send("POST", "/api/cases", Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"))
        .statusCode()).isEqualTo(403);
    assertThat(clinician.send("POST", "/api/accounts", "{\"username\":\"x1\",\"password\":\"a long password!\","
        + "\"role\":\"ADMIN\"}").statusCode()).isEqualTo(403);
    Client admin = new Client().signIn("admin", "administrator password");
    assertThat(admin.send("POST", "/api/accounts", "{\"username\":\"dr.new\",\"password\":\"a long password!\","
        + "\"role\":\"CLINICIAN\"}").statusCode()).isEqualTo(201);
  }

  @Test
  void aStateChangeWithoutTheCsrfTokenIsRefused() throws Exception {
    Client clinician = new Client().signIn("dr.a", "clinician password");
    clinician.csrf = "forged";

    HttpResponse<String> response = clinician.send("POST", "/api/cases",
        Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("X-CSRF-Token");
  }

  @Test
  void theSessionCookieIsHttpOnlySameSiteStrictAndRenewedAtEverySignIn() throws Exception {
    Client client = new Client();
    String login = "{\"username\":\"dr.a\",\"password\":\"clinician password\"}";

    String first = client.send("POST", "/api/login", login).headers().firstValue("Set-Cookie").orElseThrow();
    String second = client.send("POST", "/api/login", login).headers().firstValue("Set-Cookie").orElseThrow();

    assertThat(first).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(sessionId(second)).isNotEqualTo(sessionId(first));
  }

  private static String sessionId(String setCookie) {
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  @Test
  void badInputIs400NamingTheFieldAndAnUnknownCaseIs404() throws Exception {
    Client clinician = new Client().signIn("dr.a", "clinician password");

    HttpResponse<String> badCase = clinician.send("POST", "/api/cases",
        Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json").replace("\"L1\"", "\"L9\""));
    HttpResponse<String> badProcedure = clinician.send("POST", "/api/cases/1/procedures",
        "{\"performedOn\":\"2026-11-25\",\"technique\":\"CEMENTOPLASTY\",\"levels\":{\"L1\":3}}");
    HttpResponse<String> unknown = clinician.send("GET", "/api/cases/999999", null);

    assertThat(badCase.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badCase.body()).at("/issue/0/expression/0").asText()).isEqualTo("fractures[0].level");
    assertThat(badProcedure.statusCode()).isEqualTo(400);
    assertThat(badProcedure.body()).contains("technique: must be one of KYPHOPLASTY, VERTEBROPLASTY");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void longTextsAndImplausibleDatesAre400NamingTheFieldNever500() throws Exception {
    Client clinician = new Client().signIn("dr.a", "clinician password");
    String p01 = Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json");
    long caseId = JSON.readTree(clinician.send("POST", "/api/cases", p01).body()).get("id").asLong();
    String procedure = "{\"performedOn\":\"%s\",\"technique\":\"VERTEBROPLASTY\",\"approach\":\"BIPEDICULAR\","
        + "\"guidance\":\"FLUOROSCOPY\",\"operator\":\"%s\",\"levels\":{\"L1\":4.5}}";

    HttpResponse<String> longId = clinician.send("POST", "/api/cases", p01.replace("\"P01\"", "\"" + "P".repeat(101)
        + "\""));
    HttpResponse<String> longOperator = clinician.send("POST", "/api/cases/" + caseId + "/procedures",
        String.format(procedure, DONE, "o".repeat(101)));
    HttpResponse<String> future = clinician.send("POST", "/api/cases/" + caseId + "/procedures",
        String.format(procedure, "2099-01-01", "dr.a"));
    HttpResponse<String> assessedLater = clinician.send("POST", "/api/cases", p01.replace("2026-11-23", "2099-11-23"));

    assertThat(longId.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(longId.body()).at("/issue/0/expression/0").asText()).isEqualTo("caseId");
    assertThat(longOperator.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(longOperator.body()).at("/issue/0/expression/0").asText()).isEqualTo("operator");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("performedOn: is after today");
    assertThat(assessedLater.statusCode()).isEqualTo(400);
    assertThat(assessedLater.body()).contains("assessedOn: is after today");
  }

  @Test
  void theOpenApiDocumentIsServed() throws Exception {
    JsonNode openApi = JSON.readTree(new Client().send("GET", "/openapi.json", null).body());

    assertThat(openApi.get("openapi").asText()).startsWith("3.");
    assertThat(openApi.get("paths").has("/api/cases")).isTrue(); // RoutesTest compares them with the routes
  }

  @Test
  void storedCasesAndTheirProceduresReadBackAsJson() throws Exception {
    Client clinician = new Client().signIn("dr.a", "clinician password");
    HttpResponse<String> created = clinician.send("POST", "/api/cases",
        Vignettes.read("/vignettes/P02-malignant-indicated.case.json"));
    long id = JSON.readTree(created.body()).get("id").asLong();
    clinician.send("POST", "/api/cases/" + id + "/procedures", "{\"performedOn\":\"" + DONE + "\",\"technique\":"
        + "\"KYPHOPLASTY\",\"approach\":\"BIPEDICULAR\",\"guidance\":\"CT\",\"operator\":\"dr.a\","
        + "\"levels\":{\"T7\":3.5}}");

    JsonNode cases = JSON.readTree(new Client().signIn("auditor", "auditor password").send("GET", "/api/cases?limit=5",
        null).body());
    assertThat(cases.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(cases.get(0).get("caseRef").asText()).isEqualTo("P02");
    JsonNode procedures = JSON.readTree(clinician.send("GET", "/api/cases/" + id + "/procedures", null).body());
    assertThat(procedures.get(0).at("/procedure/performedOn").asText()).isEqualTo(DONE.toString());
    assertThat(procedures.get(0).at("/procedure/cementMlByLevel/T7").asDouble()).isEqualTo(3.5);
    assertThat(clinician.send("GET", "/api/cases?limit=0", null).statusCode()).isEqualTo(400);
    assertThat(clinician.send("GET", "/api/cases/999999/procedures", null).statusCode()).isEqualTo(404);
  }
}
