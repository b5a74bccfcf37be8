package org.vapath.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Registry;
import org.vapath.server.CdsServer;
import org.vapath.server.ServerConfig;

/** The documents the knowledge pack cites: linked from /knowledge, served as shipped, and nothing else. */
class SourceDocumentsTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path folder;
  private static Registry registry;
  private static CdsServer server;

  @BeforeAll
  static void start() {
    registry = Registry.embedded(folder.resolve("db"), PACK);
    server = CdsServer.start(new ServerConfig(0, URI.create("http://localhost"), List.of(), false, 1_000_000,
        List.of(), PACK, registry));
  }

  @AfterAll
  static void stop() {
    server.close();
    registry.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theKnowledgePageLinksEachDocumentItsSourcesName() throws Exception {
    assertThat(get("/knowledge").body()).contains("href=\"/knowledge/sources/reference-summary.txt\"")
        .contains("href=\"/knowledge/sources/clinical-knowledge.md\"")
        .contains("href=\"/knowledge/sources/research-notes.md\"");
  }

  @Test
  void theDocumentsAreServedToAnyone() throws Exception {
    HttpResponse<String> reference = get("/knowledge/sources/reference-summary.txt");
    HttpResponse<String> knowledge = get("/knowledge/sources/clinical-knowledge.md");

    assertThat(reference.statusCode()).isEqualTo(200);
    assertThat(reference.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(reference.body()).containsIgnoringCase("vertebroplasty");
    assertThat(knowledge.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(knowledge.body()).contains("[SIR-HEM-2019]");
  }

  @Test
  void nothingElseIsServedUnderTheirPath() throws Exception {
    for (String other : List.of("pom.xml", "..%2F..%2Fpom.xml", "knowledge-pack.json", "%2Fetc%2Fpasswd",
        "..%2Fweb%2Ftemplates%2Flayout.mustache")) {
      HttpResponse<String> refused = get("/knowledge/sources/" + other);
      assertThat(refused.statusCode()).as(other).isEqualTo(404);
      assertThat(refused.body()).as(other).doesNotContain("<project").doesNotContain("root:");
    }
  }
}
