package org.vapath.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.cds.HookRequests;

/** The probes, the metrics and the access log over real HTTP, with a registry and a test EHR. */
class OperationsTest {
  private static final String PUBLIC = "http://localhost";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static final Ehr EHR = new Ehr(DAY);
  private static final List<String> ACCESS = new CopyOnWriteArrayList<>();

  @TempDir
  static Path dir;
  private static Registry registry;
  private static CdsServer server;

  @BeforeAll
  static void start() throws IOException {
    registry = Registry.embedded(dir.resolve("db"), KnowledgePackJson.embedded());
    registry.accounts().create("admin", "administrator password".toCharArray(), Role.ADMIN, "test");
    server = CdsServer.start(config(registry).withOperations(ServerConfig.Operations.DEFAULTS.withOpenMetrics(true)
        .withAccessLog(ACCESS::add)));
  }

  @AfterAll
  static void stop() {
    server.close();
    registry.close();
  }

  private static ServerConfig config(Registry with) throws IOException {
    return new ServerConfig(0, URI.create(PUBLIC), List.of(new ServerConfig.TrustedIssuer(Ehr.ISSUER,
        EHR.writeJwks(dir).toString())), false, 1_000_000, List.of(), KnowledgePackJson.embedded(), with,
        ServerConfig.Security.DEFAULTS, DAY);
  }

  private static HttpResponse<String> send(CdsServer on, String method, String path, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + on.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(server, "GET", path, null, null);
  }

  @Test
  void liveAndReadyAnswerAnyoneWithoutAPatient() throws Exception {
    HttpResponse<String> live = get("/health/live");
    HttpResponse<String> ready = get("/health/ready");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(live.body()).get("status").asText()).isEqualTo("live");
    assertThat(ready.statusCode()).as(ready.body() + ACCESS).isEqualTo(200);
    assertThat(JSON.readTree(ready.body())).isEqualTo(JSON.readTree(
        "{\"checks\":{\"knowledgePack\":\"loaded\",\"registry\":\"reachable\"},\"status\":\"ready\"}"));
  }

  @Test
  void readyIs503SayingWhyWhenTheRegistryIsClosed() throws Exception {
    Registry closing = Registry.embedded(dir.resolve("closing"), KnowledgePackJson.embedded());
    try (CdsServer other = CdsServer.start(config(closing))) {
      assertThat(send(other, "GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
      closing.close();

      HttpResponse<String> ready = send(other, "GET", "/health/ready", null, null);
      HttpResponse<String> live = send(other, "GET", "/health/live", null, null);

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      JsonNode body = JSON.readTree(ready.body());
      assertThat(body.get("status").asText()).isEqualTo("not ready");
      assertThat(body.at("/checks/registry").asText()).isEqualTo("unreachable");
      assertThat(body.at("/checks/knowledgePack").asText()).isEqualTo("loaded");
      assertThat(live.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void metricsAreClosedToAnonymousCallersUnlessOpened() throws Exception {
    try (CdsServer closed = CdsServer.start(config(registry))) {
      assertThat(send(closed, "GET", "/metrics", null, null).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> open = get("/metrics");
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
  }

  @Test
  void countersMoveAfterAHookCallAndASignInFailure() throws Exception {
    String before = get("/metrics").body();

    HttpResponse<String> hook = send(server, "POST", "/cds-services/vapath-patient-view",
        HookRequests.forVignette("patient-view", "P01-osteoporotic-classic", null),
        EHR.token(PUBLIC + "/cds-services/vapath-patient-view"));
    assertThat(hook.statusCode()).as(hook.body()).isEqualTo(200);
    String indicator = JSON.readTree(hook.body()).at("/cards/0/indicator").asText();
    HttpResponse<String> login = send(server, "POST", "/api/login",
        "{\"username\":\"admin\",\"password\":\"not the password\"}", null);
    assertThat(login.statusCode()).isEqualTo(401);
    String after = get("/metrics").body();

    // one assessment, under whichever decision the mapped record gave (the hooks' own tests check which)
    assertThat(value(after, "vapath_assessments_total", "decision=\""))
        .isEqualTo(value(before, "vapath_assessments_total", "decision=\"") + 1);
    assertThat(value(after, "vapath_cds_cards_total", "indicator=\"" + indicator + "\""))
        .isEqualTo(value(before, "vapath_cds_cards_total", "indicator=\"" + indicator + "\"") + 1);
    assertThat(value(after, "vapath_sign_in_failures_total", "reason=\"failed\""))
        .isEqualTo(value(before, "vapath_sign_in_failures_total", "reason=\"failed\"") + 1);
    // A request is timed once its answer has gone: the hook's may be counted a moment after the client has it.
    String hooks = "route=\"/cds-services/{id}\",status=\"200\"";
    double counted = value(before, "vapath_http_requests_seconds_count", hooks);
    for (int i = 0; i < 50 && value(after, "vapath_http_requests_seconds_count", hooks) == counted; i++) {
      Thread.sleep(20);
      after = get("/metrics").body();
    }
    assertThat(value(after, "vapath_http_requests_seconds_count", hooks)).isEqualTo(counted + 1);
    assertThat(after).contains("vapath_http_requests_seconds_bucket{");
  }

  @Test
  void theFeedbackCounterMovesByOutcome() throws Exception {
    String before = get("/metrics").body();
    String feedback = "{\"feedback\":[{\"card\":\"c1\",\"outcome\":\"accepted\",\"outcomeTimestamp\":"
        + "\"2026-11-23T12:00:00Z\"}]}";

    HttpResponse<String> sent = send(server, "POST", "/cds-services/vapath-patient-view/feedback", feedback,
        EHR.token(PUBLIC + "/cds-services/vapath-patient-view/feedback"));

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(value(get("/metrics").body(), "vapath_cds_feedback_total", "outcome=\"accepted\""))
        .isEqualTo(value(before, "vapath_cds_feedback_total", "outcome=\"accepted\"") + 1);
  }

  @Test
  void theAccessLogNamesRouteTemplatesAndNoPatient() throws Exception {
    String request = HookRequests.forVignette("patient-view", "P01-osteoporotic-classic", null);
    String patientId = JSON.readTree(request).at("/context/patientId").asText();
    assertThat(patientId).isNotBlank();
    ACCESS.clear();

    send(server, "POST", "/cds-services/vapath-patient-view?patient=" + patientId, request,
        EHR.token(PUBLIC + "/cds-services/vapath-patient-view"));
    get("/api/cases/" + 987654 + "?patient=" + patientId);
    get("/no-such-page/" + patientId);

    assertThat(ACCESS).anySatisfy(line -> assertThat(line).startsWith("POST /cds-services/{id} "))
        .anySatisfy(line -> assertThat(line).startsWith("GET /api/cases/{id} 401 "))
        .anySatisfy(line -> assertThat(line).startsWith("GET (unmatched) 404 "))
        .allSatisfy(line -> assertThat(line).doesNotContain(patientId).doesNotContain("987654")
            .doesNotContain("vapath-patient-view").doesNotContain("?"));
  }

  @Test
  void anAdministratorBacksUpTheRegistryWhileItServes() throws Exception {
    Path folder = java.nio.file.Files.createDirectory(dir.resolve("backups"));
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    try (CdsServer serving = CdsServer.start(config(registry).withOperations(ServerConfig.Operations.DEFAULTS
        .withBackupFolder(folder)))) {
      String base = "http://localhost:" + serving.port();
      HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              "{\"username\":\"admin\",\"password\":\"administrator password\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      String csrf = JSON.readTree(login.body()).get("csrfToken").asText();

      HttpResponse<String> backup = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/backup"))
          .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> anonymous = send(serving, "POST", "/api/admin/backup", null, null);

      assertThat(backup.statusCode()).as(backup.body()).isEqualTo(201);
      assertThat(anonymous.statusCode()).isEqualTo(401);
      Path file = folder.resolve(JSON.readTree(backup.body()).get("file").asText());
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files
          .getPosixFilePermissions(file))).isEqualTo("rw-------");
      Registry.restore(file, dir.resolve("restored"), KnowledgePackJson.embedded());
      try (Registry copy = Registry.embedded(dir.resolve("restored"), KnowledgePackJson.embedded())) {
        assertThat(copy.accounts().authenticate("admin", "administrator password".toCharArray()))
            .contains(Role.ADMIN);
      }
    }
  }

  /** The sum of the samples of {@code name} whose labels hold {@code labels}; 0 when none. */
  private static double value(String scrape, String name, String labels) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{(.*)\\} (\\S+)$").matcher(scrape);
    double sum = 0;
    while (line.find()) {
      if (line.group(1).contains(labels)) {
        sum += Double.parseDouble(line.group(2));
      }
    }
    return sum;
  }
}
