package org.vapath.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vapath.core.model.VertebralLevel;

/**
 * The reader scored on the public corpus (a copy of shared/corpora/spine-reports) and on the
 * project's own reports (one or more per construction the reader handles), as the issue judges it.
 */
class CorpusTest {
  private static final ReportReader READER = ReportReader.withEmbeddedLexicon();

  @Test
  void publicCorpusHasMicroF1OfAtLeast097AndNoCriticalError() {
    ReportScore score = ReportScore.of(ReportScore.folder("spine-reports"), READER);

    assertThat(score.criticalErrors()).as(score.toString()).isEmpty();
    assertThat(score.microF1()).as(score.toString()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void ownReportsHaveMicroF1OfAtLeast095AndNoCriticalError() {
    ReportScore score = ReportScore.of(ReportScore.folder("reader-reports"), READER);

    assertThat(score.criticalErrors()).as(score.toString()).isEmpty();
    assertThat(score.microF1()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theCorpusKeepsItsThirtyReports() {
    assertThat(ReportScore.reports(ReportScore.folder("spine-reports"))).hasSize(30);
  }

  @Test
  void ownAnnotationsFollowTheCorpusFormatWithLevelsFromHeadToFoot() {
    for (Path report : ReportScore.reports(ReportScore.folder("reader-reports"))) {
      JsonNode expected = ReportScore.expected(report);
      List<Integer> order = new ArrayList<>();
      for (JsonNode entry : expected.path("levels")) {
        order.add(VertebralLevel.valueOf(entry.get("level").asText()).ordinal());
      }
      assertThat(order).as(report.getFileName().toString()).isSorted();
      assertThat(expected.path("note").asText()).as(report.getFileName() + " says what it probes").isNotBlank();
    }
  }

  @Test
  void theCopyInTheTestResourcesMatchesTheSharedCorpusWhenPresent() throws IOException {
    Path shared = Path.of(System.getProperty("vapath.sharedDir", "../../shared"), "corpora", "spine-reports");
    if (!Files.isDirectory(shared)) {
      return; // a clone without ../shared scores the copy alone
    }
    Path copy = ReportScore.folder("spine-reports");
    try (Stream<Path> files = Files.list(shared)) {
      for (Path file : files.toList()) {
        Path copied = copy.resolve(file.getFileName().toString());
        assertThat(copied).as("copy of " + file).exists();
        assertThat(Files.readString(copied)).as("copy of " + file
            + " differs from the shared corpus").isEqualTo(Files.readString(file));
      }
    }
    try (Stream<Path> files = Files.list(copy)) {
      for (Path file : files.toList()) {
        assertThat(shared.resolve(file.getFileName().toString())).as(file + " is not in the shared corpus").exists();
      }
    }
  }
}
