package org.vapath.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vapath.server.Hands;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.CdsServer;
import org.vapath.server.RawHttp;
import org.vapath.server.ServerConfig;
import org.vapath.server.ServerConfig.SignInLimits;

/** Password guessing is slowed down per account and per address, and every attempt is in the audit log. */
class SignInThrottleTest {
  private static final SignInLimits LIMITS = new SignInLimits(3, 5, Duration.ofMinutes(15));
  private static final char[] RIGHT = "clinician password".toCharArray();
  private static final char[] WRONG = "not the password".toCharArray();

  @TempDir
  static Path folder;
  private static Registry registry;

  @BeforeAll
  static void open() {
    registry = Registry.embedded(folder.resolve("db"), KnowledgePackJson.embedded());
    for (String name : List.of("dr.a", "dr.b", "dr.c", "dr.d")) {
      registry.accounts().create(name, RIGHT, Role.CLINICIAN, "test");
    }
  }

  @AfterAll
  static void close() {
    registry.close();
  }

  @Test
  void anAccountIsLockedAfterFailuresInARowEvenForTheRightPasswordUntilTheLockoutEnds() {
    Hands clock = new Hands();
    SignInThrottle throttle = new SignInThrottle(registry.accounts(), LIMITS, clock);
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.signIn("dr.a", WRONG, "10.0.0." + i)).isEmpty();
    }

    assertThatThrownBy(() -> throttle.signIn("dr.a", RIGHT, "10.0.0.9"))
        .isInstanceOf(SignInThrottle.TooManyAttempts.class)
        .hasMessage("too many failed sign-ins for this account; try again in 15 minutes, or ask an administrator");
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.signIn("dr.a", RIGHT, "10.0.0.9")).contains(Role.CLINICIAN);
  }

  @Test
  void aSuccessfulSignInStartsTheCountAgain() {
    SignInThrottle throttle = new SignInThrottle(registry.accounts(), LIMITS, new Hands());
    throttle.signIn("dr.b", WRONG, "10.0.1.1");
    throttle.signIn("dr.b", WRONG, "10.0.1.1");
    assertThat(throttle.signIn("dr.b", RIGHT, "10.0.1.1")).isPresent();

    throttle.signIn("dr.b", WRONG, "10.0.1.1");
    throttle.signIn("dr.b", WRONG, "10.0.1.1");
    assertThat(throttle.signIn("dr.b", RIGHT, "10.0.1.1")).isPresent();
  }

  @Test
  void anAddressTryingManyNamesIsRefusedAndUnknownNamesAreLockedLikeKnownOnes() {
    SignInThrottle throttle = new SignInThrottle(registry.accounts(), LIMITS, new Hands());
    for (String name : List.of("nobody", "nobody", "nobody")) {
      throttle.signIn(name, WRONG, "10.0.2." + name.length());
    }
    assertThatThrownBy(() -> throttle.signIn("nobody", WRONG, "10.0.2.200")).hasMessageContaining("this account");

    for (String name : List.of("x1", "x2", "x3", "x4", "x5")) {
      throttle.signIn(name, WRONG, "10.0.3.1");
    }
    assertThatThrownBy(() -> throttle.signIn("dr.c", RIGHT, "10.0.3.1")).hasMessageContaining("this address");
    assertThat(throttle.signIn("dr.c", RIGHT, "10.0.3.2")).isPresent();
  }

  @Test
  void everyAttemptIsInTheAuditLogWithItsAddress() {
    SignInThrottle throttle = new SignInThrottle(registry.accounts(), LIMITS, new Hands());
    throttle.signIn("dr.d", WRONG, "192.0.2.7");
    throttle.signIn("dr.d", RIGHT, "192.0.2.7");
    throttle.signIn("dr.d\nforged line", WRONG, "192.0.2.8");

    assertThat(registry.accounts().signInLog(3)).containsExactly("dr.d SIGN_IN_FAILED from 192.0.2.7",
        "dr.d SIGN_IN from 192.0.2.7", "dr.d?forged line SIGN_IN_FAILED from 192.0.2.8");
  }

  @Test
  void overHttpALockedAccountIs429WithRetryAfterAndThePageSaysWhy() throws Exception {
    try (Registry own = Registry.embedded(folder.resolve("http"), KnowledgePackJson.embedded());
        CdsServer server = CdsServer.start(new ServerConfig(0, URI.create("http://localhost"), List.of(), false,
            1_000_000, List.of(), KnowledgePackJson.embedded(), own).withSecurity(ServerConfig.Security.DEFAULTS
            .withSignIn(LIMITS)))) {
      own.accounts().create("dr.e", RIGHT, Role.CLINICIAN, "test");
      String wrong = "{\"username\":\"dr.e\",\"password\":\"not the password\"}";
      for (int i = 0; i < 3; i++) {
        assertThat(login(server, wrong).status()).isEqualTo(401);
      }

      RawHttp.Answer api = login(server, "{\"username\":\"dr.e\",\"password\":\"clinician password\"}");
      assertThat(api.status()).isEqualTo(429);
      assertThat(Long.parseLong(api.header("Retry-After"))).isBetween(800L, 900L);
      assertThat(api.body()).contains("too many failed sign-ins for this account");

      RawHttp.Answer form = RawHttp.send(server.port(), "GET /login HTTP/1.1\r\nHost: localhost", new byte[0]);
      String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
      RawHttp.Answer page = RawHttp.send(server.port(), "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
          + "application/x-www-form-urlencoded\r\nCookie: " + form.header("Set-Cookie").split(";")[0],
          ("_csrf=" + csrf + "&username=dr.e&password=clinician+password").getBytes(StandardCharsets.UTF_8));
      assertThat(page.status()).isEqualTo(429);
      assertThat(page.body()).contains("Too many failed sign-ins for this account; try again in 15 minutes");
      assertThat(own.accounts().signInLog(10)).filteredOn(line -> line.contains("SIGN_IN_FAILED")).hasSize(3);
    }
  }

  private static RawHttp.Answer login(CdsServer server, String body) throws Exception {
    return RawHttp.send(server.port(), "POST /api/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json",
        body.getBytes(StandardCharsets.UTF_8));
  }
}
