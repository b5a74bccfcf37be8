package org.vapath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vapath.registry.TestPostgres;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;

/**
 * Two {@code vapath serve} processes on one PostgreSQL registry, as behind a load balancer: whatever
 * one instance learns (a sign-in, a card's link, a token's id, a failed sign-in) the other knows. The
 * database is named as for the registry's PostgreSQL tests; under CI a missing server is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTest {
  private static final String ISSUER = "https://ehr.test";
  /** The address the EHR and the browsers know both instances by (the load balancer's). */
  private static final String PUBLIC_URL = "https://vapath.test";
  private static final String SECRET = "a long enough password";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private ECKey key;
  private Instance one;
  private Instance two;

  @BeforeAll
  void twoInstancesOnOneDatabase(@TempDir Path dir) throws Exception {
    TestPostgres.emptyDatabase();
    try (Registry registry = Registry.connect(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD,
        KnowledgePackJson.embedded())) {
      for (String name : List.of("admin", "clinician", "guessed")) {
        registry.accounts().create(name, SECRET.toCharArray(), name.equals("admin") ? Role.ADMIN : Role.CLINICIAN,
            "test");
      }
    }
    key = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
    Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(key.toPublicJWK()).toString());
    one = Instance.start(jwks);
    two = Instance.start(jwks);
  }

  @AfterAll
  void stop() {
    for (Instance instance : new Instance[] {one, two}) {
      if (instance != null) {
        instance.process().destroy();
      }
    }
  }

  @Test
  void aSignInOnOneInstanceHoldsOnTheOtherAndSoDoesTheSignOut() throws Exception {
    SignedIn clinician = signIn(one, "clinician");
    assertThat(get(two, "/api/cases", clinician.cookie()).statusCode()).isEqualTo(200);
    assertThat(send(two, HttpRequest.newBuilder(two.uri("/api/logout")).header("Cookie", clinician.cookie())
        .header("X-CSRF-Token", clinician.csrf()).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
        .isEqualTo(204);
    assertThat(get(one, "/api/cases", clinician.cookie()).statusCode()).isEqualTo(401);
  }

  @Test
  void aCardsLinkMadeByOneInstanceOpensOnTheOther() throws Exception {
    HttpResponse<String> hook = send(one, HttpRequest.newBuilder(one.uri("/cds-services/vapath-order-sign"))
        .header("Authorization", "Bearer " + token(UUID.randomUUID().toString(), "/cds-services/vapath-order-sign"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(orderSign())));
    assertThat(hook.statusCode()).as(hook.body()).isEqualTo(200);
    String link = JSON.readTree(hook.body()).at("/cards/0/links/0/url").asText();
    assertThat(link).startsWith(PUBLIC_URL + "/cds-assessments/");
    String path = link.substring(PUBLIC_URL.length());
    HttpResponse<String> page = get(two, path, signIn(two, "clinician").cookie());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("cds-patient-1");
    assertThat(get(two, "/cds-assessments/not-a-token-of-ours", signIn(one, "clinician").cookie()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aTokenAcceptedByOneInstanceIsRefusedByTheOther() throws Exception {
    String token = token(UUID.randomUUID().toString(), "/cds-services");
    assertThat(get(one, "/cds-services", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
    HttpResponse<String> replay = get(two, "/cds-services", "Authorization", "Bearer " + token);
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).contains("jti replay");
  }

  @Test
  void failedSignInsOnBothInstancesAddUpToALock() throws Exception {
    // Both instances run with --lock-after 3: two failures on one and one on the other lock the account.
    assertThat(login(one, "guessed", "wrong guess number one").statusCode()).isEqualTo(401);
    assertThat(login(two, "guessed", "wrong guess number two").statusCode()).isEqualTo(401);
    assertThat(login(one, "guessed", "wrong guess number three").statusCode()).isEqualTo(401);
    HttpResponse<String> locked = login(two, "guessed", SECRET);
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.body()).contains("too many failed sign-ins for this account");
  }

  private record SignedIn(String cookie, String csrf) {
  }

  private SignedIn signIn(Instance instance, String username) throws Exception {
    HttpResponse<String> answer = login(instance, username, SECRET);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    String cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    return new SignedIn(cookie, JSON.readTree(answer.body()).get("csrfToken").asText());
  }

  private HttpResponse<String> login(Instance instance, String username, String password) throws Exception {
    String body = JSON.createObjectNode().put("username", username).put("password", password).toString();
    return send(instance, HttpRequest.newBuilder(instance.uri("/api/login")).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> get(Instance instance, String path, String cookie) throws Exception {
    return get(instance, path, "Cookie", cookie);
  }

  private HttpResponse<String> get(Instance instance, String path, String header, String value) throws Exception {
    return send(instance, HttpRequest.newBuilder(instance.uri(path)).header(header, value).GET());
  }

  private HttpResponse<String> send(Instance instance, HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The EHR's token for a call of {@code path} at the public URL, with its own {@code jti}. */
  private String token(String jti, String path) throws JOSEException {
    Instant now = Instant.now();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("ec-1").build(),
        new JWTClaimsSet.Builder().issuer(ISSUER).audience(PUBLIC_URL + path).issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(240))).jwtID(jti).build());
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  /**
   * An order-sign request for a vertebroplasty (CPT 22510) of a patient whose record is all but
   * empty: the card says what is unknown, and links to the assessment.
   */
  private static String orderSign() {
    String empty = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[]}";
    return "{\"hook\":\"order-sign\",\"hookInstance\":\"" + UUID.randomUUID() + "\",\"context\":{\"userId\":"
        + "\"Practitioner/1\",\"patientId\":\"cds-patient-1\",\"draftOrders\":{\"resourceType\":\"Bundle\","
        + "\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"ServiceRequest\",\"id\":\"o-1\","
        + "\"status\":\"draft\",\"intent\":\"order\",\"code\":{\"coding\":[{\"system\":"
        + "\"http://www.ama-assn.org/go/cpt\",\"code\":\"22510\"}]},\"subject\":{\"reference\":"
        + "\"Patient/cds-patient-1\"}}}]}},\"prefetch\":{\"patient\":{\"resourceType\":\"Patient\",\"id\":"
        + "\"cds-patient-1\",\"gender\":\"female\",\"birthDate\":\"1948-03-02\"},\"conditions\":" + empty
        + ",\"labs\":null,\"caseFacts\":null,\"medicationRequests\":" + empty + ",\"medicationStatements\":" + empty
        + ",\"allergies\":null,\"imaging\":null,\"reports\":null}}";
  }

  /** One {@code vapath serve} process and the port it chose. */
  private record Instance(Process process, int port) {
    private static final Pattern LISTENING = Pattern.compile("VAPath for clinicians: http://localhost:(\\d+)/");

    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    static Instance start(Path jwks) throws Exception {
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
          "--database-url", TestPostgres.URL, "--database-user", TestPostgres.USER, "--port", "0", "--public-url", PUBLIC_URL,
          "--issuer", ISSUER + "=" + jwks, "--lock-after", "3");
      builder.environment().put("VAPATH_DATABASE_PASSWORD", TestPostgres.PASSWORD);
      builder.redirectErrorStream(true);
      Process process = builder.start();
      CompletableFuture<Integer> port = new CompletableFuture<>();
      Thread reader = new Thread(() -> read(process, port), "serve-output");
      reader.setDaemon(true);
      reader.start();
      try {
        return new Instance(process, port.get(90, TimeUnit.SECONDS));
      } catch (Exception e) {
        process.destroy();
        throw e;
      }
    }

    /** Watches the output for the port; the rest is drained (and shown when the start fails). */
    private static void read(Process process, CompletableFuture<Integer> port) {
      StringBuilder seen = new StringBuilder();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          } else if (!port.isDone()) {
            seen.append(line).append('\n');
          }
        }
      } catch (java.io.IOException e) {
        // The process has ended; the future says why below.
      }
      port.completeExceptionally(new IllegalStateException("vapath serve ended before listening:\n" + seen));
    }
  }
}
