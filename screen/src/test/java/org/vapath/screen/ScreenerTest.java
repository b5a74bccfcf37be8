package org.vapath.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;

class ScreenerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SyntheticExport EXPORT = new SyntheticExport();

  @TempDir
  Path dir;

  private ScreenSummary screen(Path export, long partitionBytes) {
    Screener screener = new Screener(KnowledgePack.embedded(), SyntheticExport.ASSESSED_ON, partitionBytes, 2,
        ScreenListener.SILENT);
    try (ResultFiles out = ResultFiles.in(dir.resolve("out"))) {
      return screener.screen(BulkExport.in(export), out, dir.resolve("work"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Map<String, JsonNode> results() throws IOException {
    Map<String, JsonNode> byPatient = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("out").resolve(ResultFiles.NDJSON))) {
      JsonNode result = JSON.readTree(line);
      assertThat(byPatient.put(result.get("patient").asText(), result)).as("one result per patient").isNull();
    }
    return byPatient;
  }

  @Test
  void everyPatientGetsItsVignettesDecisionInMemoryAndSpilledAlike() throws IOException {
    int patients = EXPORT.vignetteCount() * 3;
    EXPORT.write(dir.resolve("export"), patients, 5, true);

    ScreenSummary inMemory = screen(dir.resolve("export"), 1L << 30);
    Map<String, JsonNode> first = results();
    ScreenSummary spilled = screen(dir.resolve("export"), 20_000);
    Map<String, JsonNode> second = results();

    assertThat(inMemory.partitions()).isEqualTo(1);
    assertThat(spilled.partitions()).isGreaterThan(1);
    assertThat(first).hasSize(patients).isEqualTo(second);
    for (int i = 0; i < patients; i++) {
      assertThat(first.get("p" + i).get("decision").asText()).as("p" + i).isEqualTo(EXPORT.expectedDecision(i));
      ObjectNode expected = JSON.valueToTree(EXPORT.expectedResult(i));
      expected.remove("error");
      assertThat(first.get("p" + i)).as("p" + i).isEqualTo(expected);
    }
    assertThat(inMemory.byDecision()).isEqualTo(spilled.byDecision());
    assertThat(inMemory.byDecision().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(patients);
    assertThat(inMemory.byMissing()).containsKey("INR");
    assertThat(inMemory.malformedLines()).isZero();
    assertThat(Files.readAllLines(dir.resolve("out").resolve(ResultFiles.CSV))).hasSize(patients + 1)
        .first().asString().startsWith("patient,decision,");
    assertThat(dir.resolve("work")).doesNotExist();
  }

  @Test
  void malformedLinesAndRecordsThatCannotBeAssessedAreReportedNotFatal() throws IOException {
    Path export = dir.resolve("export");
    EXPORT.write(export, 4, 0, false);
    Files.writeString(export.resolve("Observation.ndjson"), "{not json\n"
        + "{\"resourceType\":\"Observation\",\"id\":\"orphan\",\"status\":\"final\"}\n"
        + "{\"resourceType\":\"Observation\",\"id\":\"bad-unit\",\"status\":\"final\",\"subject\":{\"reference\":"
        + "\"Patient/p1\"},\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"777-3\"}]},"
        + "\"effectiveDateTime\":\"2026-11-20\",\"valueQuantity\":{\"value\":2,\"code\":\"g/L\"}}\n",
        StandardOpenOption.APPEND);
    Files.writeString(export.resolve("Claim.ndjson"), "{\"resourceType\":\"Claim\"}\n");

    ScreenSummary summary = screen(export, 1L << 30);

    assertThat(summary.malformedLines()).isEqualTo(2);
    assertThat(summary.malformed()).extracting(ScreenSummary.Malformed::file, ScreenSummary.Malformed::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Observation.ndjson", lineOf(export, "{not json")),
            org.assertj.core.groups.Tuple.tuple("Observation.ndjson", lineOf(export, "orphan")));
    // A lab in a unit VAPath does not convert is left out and named: the patient is still assessed.
    assertThat(summary.failedPatients()).isZero();
    assertThat(summary.patients()).isEqualTo(4);
    assertThat(summary.assessed()).isEqualTo(4);
    assertThat(summary.skippedFiles()).containsExactly("Claim.ndjson");
    assertThat(results().get("p1").get("recordIssues")).singleElement()
        .satisfies(issue -> assertThat(issue.asText()).contains("Observation/bad-unit.valueQuantity.code")
            .contains("g/L"));
    assertThat(Files.readString(dir.resolve("out").resolve(ResultFiles.SUMMARY))).contains("\"malformedLines\" : 2");
  }

  private static long lineOf(Path export, String text) throws IOException {
    List<String> lines = Files.readAllLines(export.resolve("Observation.ndjson"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1L;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void aFolderWithoutAnExportIsRefusedNamingIt() throws IOException {
    assertThatThrownBy(() -> BulkExport.in(dir.resolve("nowhere"))).isInstanceOf(InputError.class)
        .hasMessageContaining("is not a folder");
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> BulkExport.in(dir)).isInstanceOf(InputError.class)
        .hasMessageContaining("holds no NDJSON file");
  }
}
