package org.vapath.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;

/** Request bodies are bounded while they are read, whatever the transfer encoding, on every route. */
class RequestLimitsTest {
  private static final String PUBLIC = "https://vapath.test";
  private static final Ehr EHR = new Ehr();
  private static final long LIMIT = 1_000_000;
  private static final byte[] KILOBYTE = new byte[1024];

  @TempDir
  static Path folder;
  private static Registry registry;
  private static CdsServer server;

  @BeforeAll
  static void start() throws Exception {
    Arrays.fill(KILOBYTE, (byte) 'x');
    registry = Registry.embedded(folder.resolve("db"), KnowledgePackJson.embedded());
    registry.accounts().create("dr.a", "clinician password".toCharArray(), Role.CLINICIAN, "test");
    server = CdsServer.start(new ServerConfig(0, URI.create(PUBLIC), List.of(new ServerConfig.TrustedIssuer(
        Ehr.ISSUER, EHR.writeJwks(folder).toString())), false, LIMIT, List.of(), KnowledgePackJson.embedded(),
        registry));
  }

  @AfterAll
  static void stop() {
    server.close();
    registry.close();
  }

  @Test
  void aChunkedSignInIsCutOffAtTheAnonymousLimit() throws Exception {
    RawHttp.Answer answer = RawHttp.chunked(server.port(), "POST /api/login HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json", KILOBYTE, 2_000);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.body()).contains("over the limit of " + BodyLimit.ANONYMOUS_MAX_BYTES + " bytes");
  }

  @Test
  void aChunkedSignInFormIsCutOffToo() throws Exception {
    RawHttp.Answer form = RawHttp.send(server.port(), "GET /login HTTP/1.1\r\nHost: localhost", new byte[0]);
    String cookie = form.header("Set-Cookie").split(";")[0];

    RawHttp.Answer answer = RawHttp.chunked(server.port(), "POST /login HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nCookie: " + cookie, KILOBYTE, 2_000);

    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    RawHttp.Answer answer = RawHttp.send(server.port(), "POST /api/login HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json", new byte[(int) BodyLimit.ANONYMOUS_MAX_BYTES + 1]);

    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  void anAuthenticatedHookRequestIsCutOffAtTheConfiguredLimit() throws Exception {
    String path = "/cds-services/vapath-patient-view";
    RawHttp.Answer answer = RawHttp.chunked(server.port(), "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nAuthorization: Bearer " + EHR.token(PUBLIC + path), KILOBYTE, 2_000);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.body()).contains("over the limit of " + LIMIT + " bytes");
  }

  @Test
  void aSignedInUserMaySendUpToTheConfiguredLimitAndNoMore() throws Exception {
    RawHttp.Answer signIn = RawHttp.send(server.port(), "POST /api/login HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json", "{\"username\":\"dr.a\",\"password\":\"clinician password\"}"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(signIn.status()).isEqualTo(200);
    String cookie = signIn.header("Set-Cookie").split(";")[0];
    String csrf = signIn.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
    String head = "POST /api/cases HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nCookie: "
        + cookie + "\r\nX-CSRF-Token: " + csrf;

    // 200 KB, over the anonymous limit but under the configured one: read, and refused for what it says.
    assertThat(RawHttp.chunked(server.port(), head, KILOBYTE, 200).status()).isEqualTo(400);
    assertThat(RawHttp.chunked(server.port(), head, KILOBYTE, 2_000).status()).isEqualTo(413);
  }
}
