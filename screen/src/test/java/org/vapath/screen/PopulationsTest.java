package org.vapath.screen;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aClonedPopulationHasFreshIdsAndTheSameResultsAsManyTimesOver() throws IOException {
    new SyntheticExport().write(dir.resolve("base"), 35, 3, true);
    long[] lines = Populations.select(dir.resolve("base"), dir.resolve("selected"), KnowledgePackJson.embedded());
    assertThat(lines[1]).isEqualTo(35 * 3);
    Populations.clone(dir.resolve("selected"), dir.resolve("big"), 4);

    List<String> patients = Files.readAllLines(dir.resolve("big/Patient.ndjson"));
    Set<String> ids = new HashSet<>();
    for (String patient : patients) {
      ids.add(JSON.readTree(patient).get("id").asText());
    }
    assertThat(ids).hasSize(35 * 4).contains("c0-p0", "c3-p34");
    assertThat(Files.readString(dir.resolve("big/Condition.ndjson"))).contains("\"reference\":\"Patient/c2-p1\"");

    ScreenSummary base = screen(dir.resolve("selected"), "out-base");
    ScreenSummary big = screen(dir.resolve("big"), "out-big");
    base.byDecision().forEach((decision, n) -> assertThat(big.byDecision()).containsEntry(decision, n * 4));
  }

  private ScreenSummary screen(Path export, String out) throws IOException {
    try (ResultFiles results = ResultFiles.in(dir.resolve(out))) {
      return new Screener(KnowledgePackJson.embedded(), SyntheticExport.ASSESSED_ON, 1 << 20, 1, ScreenListener.SILENT)
          .screen(BulkExport.in(export), results, dir.resolve("work"));
    }
  }
}
