package org.vapath.server;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An EHR's keys published at an https JWKS URL, as most EHRs do, rather than in a file; never over plain http. */
class JwksUrlTest {

  @Test
  void aJwksOverPlainHttpIsRefusedAtConfiguration() {
    assertThatThrownBy(() -> new ServerConfig.TrustedIssuer(Ehr.ISSUER, "http://ehr.test/jwks"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an https URL or a file");
  }

  @Test
  void tokensAreVerifiedAgainstTheKeysPublishedAtTheIssuersJwksUrl() throws Exception {
    Ehr ehr = new Ehr();
    TestTls.trustTheTestCertificate();
    Javalin keys = TestTls.create(c -> { })
        .get("/jwks", ctx -> ctx.contentType("application/json")
            .result(new JWKSet(List.of(ehr.ec.toPublicJWK(), ehr.rsa.toPublicJWK())).toString()))
        .start(0);
    ServerConfig config = new ServerConfig(0, URI.create("https://vapath.test"), List.of(new ServerConfig.TrustedIssuer(
        Ehr.ISSUER, "https://localhost:" + TestTls.httpsPort(keys) + "/jwks")), false, 100_000, List.of(),
        KnowledgePackJson.embedded());
    try (CdsServer server = CdsServer.start(config)) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/cds-services"))
          .header("Authorization", "Bearer " + ehr.token("https://vapath.test/cds-services")).build();

      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
    } finally {
      keys.stop();
    }
  }
}
