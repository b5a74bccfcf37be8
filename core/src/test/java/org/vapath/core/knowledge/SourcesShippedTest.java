package org.vapath.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.text.KnowledgeMarkdown;

/**
 * Every citation resolves inside the repository: each source id of the pack is described in the
 * shipped knowledge file, each document a source names is in {@code docs/sources}, and those
 * documents are the shared ones, unchanged.
 */
class SourcesShippedTest {
  private static final Path SOURCES = Path.of("..", KnowledgeMarkdown.SOURCES_FOLDER);
  private static final List<String> SHIPPED = List.of("reference-summary.txt", "clinical-knowledge.md",
      "research-notes.md");
  private static final String INSTITUTIONAL_DEFAULT = "institutional default";

  /**
   * A source is described where its id is cited in the knowledge file, or in the research notes'
   * section its text names, or in the repository document its text names.
   */
  @Test
  void everySourceIdOfThePackIsDescribedInTheShippedDocuments() throws IOException {
    KnowledgePack pack = KnowledgePackJson.embedded();
    String knowledge = Files.readString(SOURCES.resolve("clinical-knowledge.md"));
    String notes = Files.readString(SOURCES.resolve("research-notes.md"));
    Pattern noteSection = Pattern.compile("research-notes\\.md section ([0-9.]*[0-9])");
    Pattern document = Pattern.compile("(docs/[A-Za-z0-9/.-]*[A-Za-z0-9])");
    assertThat(pack.sources()).isNotEmpty().allSatisfy((id, text) -> {
      Matcher section = noteSection.matcher(text);
      Matcher named = document.matcher(text);
      if (id.equals(INSTITUTIONAL_DEFAULT) || knowledge.contains("[" + id + "]")) {
        return;
      }
      if (section.find()) {
        assertThat(notes).as("source %s: research notes section %s", id, section.group(1))
            .containsPattern("(?m)^#+ " + Pattern.quote(section.group(1)) + " ");
      } else {
        assertThat(named.find()).as("source %s is described nowhere in the repository: %s", id, text).isTrue();
        assertThat(Path.of("..", named.group(1))).as("source %s", id).isRegularFile();
      }
    });
  }

  @Test
  void everyDocumentASourceNamesIsShipped() {
    Pattern named = Pattern.compile(Pattern.quote(KnowledgeMarkdown.SOURCES_FOLDER) + "([A-Za-z0-9.-]+)");
    int documents = 0;
    for (String text : KnowledgePackJson.embedded().sources().values()) {
      Matcher m = named.matcher(text);
      while (m.find()) {
        assertThat(SOURCES.resolve(m.group(1).replaceAll("\\.$", ""))).as(text).isRegularFile();
        documents++;
      }
    }
    assertThat(documents).as("the core reference names its file").isPositive();
  }

  @Test
  void theShippedDocumentsAreTheSharedOnes() throws IOException {
    Path shared = Path.of(System.getProperty("vapath.sharedDir", "../../shared"), "knowledge");
    for (String name : SHIPPED) {
      assertThat(SOURCES.resolve(name)).isRegularFile();
      if (Files.isDirectory(shared)) { // a clone without ../shared has the copies alone
        assertThat(Files.readString(SOURCES.resolve(name))).as("docs/sources/%s against ../shared", name)
            .isEqualTo(Files.readString(shared.resolve(name)));
      }
    }
  }
}
