package org.vapath.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.fhir.CaseToFhir;

/**
 * The EHR's access token goes only to an https FHIR server configured for the issuer that signed the
 * request, and what VAPath reads from it is bounded in bytes and in time.
 */
class FhirServerLimitsTest {
  private static final String PUBLIC = "https://vapath.test";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Ehr EHR = new Ehr();

  @TempDir
  Path dir;

  private static String fetchRequest(String fhirServer, String token) {
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", "patient-view").put("hookInstance", "fetch-1").put("fhirServer", fhirServer);
    request.putObject("fhirAuthorization").put("access_token", token).put("token_type", "Bearer");
    request.putObject("context").put("userId", "Practitioner/1").put("patientId", "P06");
    return request.toString();
  }

  private static HttpResponse<String> hook(CdsServer server, String body) throws Exception {
    String path = "/cds-services/vapath-patient-view";
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
        .header("Authorization", "Bearer " + EHR.token(PUBLIC + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private ServerConfig config(List<URI> fhirServers) throws Exception {
    return new ServerConfig(0, URI.create(PUBLIC), List.of(new ServerConfig.TrustedIssuer(Ehr.ISSUER,
        EHR.writeJwks(dir).toString(), fhirServers)), false, 1_000_000, List.of(), KnowledgePackJson.embedded());
  }

  @Test
  void theIssuersConfiguredHttpsServerIsFetchedAndNoOtherIsCalled() throws Exception {
    var kase = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/P06-local-infection.case.json"));
    try (FhirServerStandIn configured = FhirServerStandIn.overTls(CaseToFhir.of(kase), "token-1");
        FhirServerStandIn other = FhirServerStandIn.overTls(CaseToFhir.of(kase), "token-1");
        FhirServerStandIn plain = new FhirServerStandIn(CaseToFhir.of(kase), "token-1");
        CdsServer server = CdsServer.start(config(List.of(URI.create(configured.baseUrl() + "/"),
            URI.create(plain.baseUrl().replace("http:", "https:")))))) {

      HttpResponse<String> fetched = hook(server, fetchRequest(configured.baseUrl(), "token-1"));
      HttpResponse<String> unlisted = hook(server, fetchRequest(other.baseUrl(), "token-1"));
      HttpResponse<String> overHttp = hook(server, fetchRequest(plain.baseUrl(), "token-1"));

      assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
      assertThat(JSON.readTree(fetched.body()).at("/cards/0/summary").asText()).contains("active infection");
      assertThat(unlisted.statusCode()).isEqualTo(412);
      assertThat(unlisted.body()).contains("is not a FHIR server configured for the issuer " + Ehr.ISSUER);
      assertThat(overHttp.statusCode()).isEqualTo(412);
      assertThat(overHttp.body()).contains("is not an https URL");
      assertThat(other.requests()).as("the token never went there").isEmpty();
      assertThat(plain.requests()).isEmpty();
    }
  }

  @Test
  void aFhirServerOverPlainHttpCannotBeConfigured() {
    assertThatThrownBy(() -> new ServerConfig.TrustedIssuer(Ehr.ISSUER, "jwks.json",
        List.of(URI.create("http://ehr.test/fhir")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be an https URL");
  }
}
