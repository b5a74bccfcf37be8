package org.vapath.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;

/**
 * What a browser and a proxy need from the server: redirects that stay on the site, Secure cookies
 * and HSTS behind an https public URL, proxy headers believed only when configured, no referrer, CORS
 * for the hooks only, and API bodies that are JSON, each key once, nothing after.
 */
class HttpDefencesTest {
  private static final String LOGIN = "{\"username\":\"dr.a\",\"password\":\"clinician password\"}";

  @TempDir
  static Path folder;
  private static Registry registry;
  private static CdsServer plain;
  private static CdsServer behindTls;
  private static CdsServer trustingProxy;

  @BeforeAll
  static void start() {
    KnowledgePack pack = KnowledgePackJson.embedded();
    registry = Registry.embedded(folder.resolve("db"), pack);
    registry.accounts().create("dr.a", "clinician password".toCharArray(), Role.CLINICIAN, "test");
    ServerConfig http = new ServerConfig(0, URI.create("http://localhost"), List.of(), false, 1_000_000, List.of(),
        pack, registry);
    plain = CdsServer.start(http);
    behindTls = CdsServer.start(new ServerConfig(0, URI.create("https://vapath.example.org"), List.of(), false,
        1_000_000, List.of(), pack, registry));
    trustingProxy = CdsServer.start(http.withSecurity(ServerConfig.Security.DEFAULTS.withTrustProxyHeaders(true)));
  }

  @AfterAll
  static void stop() {
    plain.close();
    behindTls.close();
    trustingProxy.close();
    registry.close();
  }

  private static RawHttp.Answer get(CdsServer server, String path, String headers) throws Exception {
    return RawHttp.send(server.port(), "GET " + path + " HTTP/1.1\r\nHost: localhost" + headers, new byte[0]);
  }

  private static RawHttp.Answer signIn(CdsServer server, String headers) throws Exception {
    RawHttp.Answer form = get(server, "/login", "");
    String cookie = form.header("Set-Cookie").split(";")[0];
    String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    return post(server, "/login", "application/x-www-form-urlencoded", "Cookie: " + cookie + headers,
        "_csrf=" + csrf + "&username=dr.a&password=clinician+password");
  }

  private static RawHttp.Answer post(CdsServer server, String path, String type, String headers, String body)
      throws Exception {
    return RawHttp.send(server.port(), "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
        + (headers.isEmpty() ? "" : "\r\n" + headers), body.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/\t/evil.example", "/\n/evil.example", "/\\evil.example", "//evil.example",
      "https://evil.example", "/ /evil.example", "/\r/evil.example", "\t//evil.example"})
  void afterSignInOnlyAPathOfThisSiteIsFollowed(String next) {
    assertThat(org.vapath.server.web.WebAppAccess.safeNext(next)).isEqualTo("/");
  }

  @Test
  void aTabInNextDoesNotTurnTheRedirectIntoAnotherSite() throws Exception {
    RawHttp.Answer form = get(plain, "/login", "");
    String cookie = form.header("Set-Cookie").split(";")[0];
    String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

    RawHttp.Answer answer = post(plain, "/login", "application/x-www-form-urlencoded", "Cookie: " + cookie,
        "_csrf=" + csrf + "&username=dr.a&password=clinician+password&next="
        + URLEncoder.encode("/\t/evil.example", StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(303);
    assertThat(answer.header("Location")).isEqualTo("/");
    assertThat(org.vapath.server.web.WebAppAccess.safeNext("/cases/12?x=1#procedures")).isEqualTo(
        "/cases/12?x=1#procedures");
  }

  @Test
  void behindAnHttpsPublicUrlTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
    RawHttp.Answer signedIn = signIn(behindTls, "");

    assertThat(get(behindTls, "/login", "").header("Set-Cookie")).startsWith("vapath-sign-in=").contains("Secure");
    assertThat(signedIn.header("Set-Cookie")).contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
    assertThat(signedIn.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
  }

  @Test
  void overPlainHttpTheProxysWordIsNotTakenUnlessConfigured() throws Exception {
    RawHttp.Answer untrusted = signIn(plain, "\r\nX-Forwarded-Proto: https");
    assertThat(untrusted.header("Set-Cookie")).doesNotContain("Secure");
    assertThat(untrusted.header("Strict-Transport-Security")).isNull();

    RawHttp.Answer trusted = signIn(trustingProxy, "\r\nX-Forwarded-Proto: https");
    assertThat(trusted.header("Set-Cookie")).contains("Secure");
    assertThat(trusted.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
  }

  @Test
  void everyAnswerSendsNoReferrerAndForbidsSniffing() throws Exception {
    for (String path : List.of("/login", "/api/cases", "/cds-services", "/knowledge", "/no-such-page")) {
      RawHttp.Answer answer = get(plain, path, "");
      assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
  }

  @Test
  void corsIsForTheHooksOnlyNeverForTheCookieApi() throws Exception {
    String preflight = "\r\nOrigin: https://evil.example\r\nAccess-Control-Request-Method: POST";
    RawHttp.Answer api = RawHttp.send(plain.port(), "OPTIONS /api/login HTTP/1.1\r\nHost: localhost" + preflight,
        new byte[0]);
    RawHttp.Answer hooks = RawHttp.send(plain.port(), "OPTIONS /cds-services/vapath-patient-view HTTP/1.1\r\n"
        + "Host: localhost" + preflight, new byte[0]);

    assertThat(api.header("Access-Control-Allow-Origin")).isNull();
    assertThat(hooks.header("Access-Control-Allow-Origin")).isNotNull();
  }

  @Test
  void theApiSignsInFromJsonOnlySoThatNoOtherSiteCanPostIt() throws Exception {
    RawHttp.Answer plainText = post(plain, "/api/login", "text/plain", "", LOGIN);
    RawHttp.Answer form = post(plain, "/api/login", "application/x-www-form-urlencoded", "", LOGIN);
    RawHttp.Answer json = post(plain, "/api/login", "application/json; charset=utf-8", "", LOGIN);

    assertThat(plainText.status()).isEqualTo(415);
    assertThat(plainText.body()).contains("Content-Type: application/json");
    assertThat(form.status()).isEqualTo(415);
    assertThat(json.status()).isEqualTo(200);
  }

  @Test
  void aKeyGivenTwiceOrContentAfterTheDocumentIsRefused() throws Exception {
    RawHttp.Answer twice = post(plain, "/api/login", "application/json", "",
        "{\"username\":\"dr.a\",\"username\":\"admin\",\"password\":\"clinician password\"}");
    RawHttp.Answer trailing = post(plain, "/api/login", "application/json", "", LOGIN + " {\"more\":1}");

    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("Duplicate field 'username'");
    assertThat(trailing.status()).isEqualTo(400);
    assertThat(trailing.body()).contains("is not valid JSON");
  }

  @Test
  void theSignInPageMakesNoSessionAndItsFormMustEchoItsCookie() throws Exception {
    RawHttp.Answer form = get(plain, "/login", "");
    String cookie = form.header("Set-Cookie");
    String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

    assertThat(cookie).startsWith("vapath-sign-in=" + token + ";").contains("HttpOnly").contains("SameSite=Strict")
        .doesNotContain("JSESSIONID");
    String sent = "Cookie: " + cookie.split(";")[0];
    assertThat(post(plain, "/login", "application/x-www-form-urlencoded", sent,
        "_csrf=" + token.substring(1) + "x&username=dr.a&password=clinician+password").status()).isEqualTo(403);
    assertThat(post(plain, "/login", "application/x-www-form-urlencoded", "",
        "_csrf=" + token + "&username=dr.a&password=clinician+password").status()).isEqualTo(403);
    RawHttp.Answer signedIn = post(plain, "/login", "application/x-www-form-urlencoded", sent,
        "_csrf=" + token + "&username=dr.a&password=clinician+password");
    assertThat(signedIn.status()).isEqualTo(303);
    assertThat(signedIn.header("Set-Cookie")).startsWith("JSESSIONID=");
  }

  @Test
  void aPageFormSentAsAnythingButAFormIsRefusedBeforeItIsRead() throws Exception {
    RawHttp.Answer form = get(plain, "/login", "");
    String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

    RawHttp.Answer multipart = post(plain, "/login", "multipart/form-data; boundary=x", "Cookie: "
        + form.header("Set-Cookie").split(";")[0], "_csrf=" + token + "&username=dr.a&password=x");

    assertThat(multipart.status()).isEqualTo(415);
    assertThat(multipart.body()).contains("application/x-www-form-urlencoded");
  }
}
