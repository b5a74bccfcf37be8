package org.vapath.spark;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.screen.BulkExport;
import org.vapath.screen.ResultFiles;
import org.vapath.screen.ScreenListener;
import org.vapath.screen.ScreenSummary;
import org.vapath.screen.Screener;
import org.vapath.screen.SyntheticExport;

/** The Spark job in local mode gives every patient the same result as the one-machine screening. */
class SparkScreeningTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void sparkLocalModeAndOneMachineScreenTheExportIdentically() throws IOException {
    // With pathway vignettes whose results carry cautions, follow-up and each coverage status.
    SyntheticExport synthetic = new SyntheticExport(SyntheticExport.pathway("V04", "V08", "V10", "V21", "V22",
        "V25", "V26", "V27", "V28", "V31", "V33"));
    Path export = export(synthetic);

    ScreenSummary local;
    try (ResultFiles out = ResultFiles.in(dir.resolve("local"))) {
      local = new Screener(KnowledgePackJson.embedded(), SyntheticExport.ASSESSED_ON, 1 << 20, 2, ScreenListener.SILENT)
          .screen(BulkExport.in(export), out, dir.resolve("work"));
    }
    SparkSession spark = SparkSession.builder().master("local[2]").appName("vapath-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    ScreenSummary distributed;
    try {
      distributed = SparkScreening.run(spark, BulkExport.in(export), dir.resolve("spark").toString(), "",
          SyntheticExport.ASSESSED_ON);
    } finally {
      spark.stop();
    }

    Map<String, JsonNode> one = results(Files.readAllLines(dir.resolve("local").resolve(ResultFiles.NDJSON)));
    Map<String, JsonNode> many = sparkResults();
    assertThat(many).isEqualTo(one).hasSize(synthetic.vignetteCount() * 2);
    assertThat(distributed.byDecision()).isEqualTo(local.byDecision());
    assertThat(distributed.byMissing()).isEqualTo(local.byMissing());
    assertThat(distributed.byContraindication()).isEqualTo(local.byContraindication());
    assertThat(distributed.byCaution()).isEqualTo(local.byCaution()).isNotEmpty();
    assertThat(distributed.byFollowUp()).isEqualTo(local.byFollowUp()).isNotEmpty();
    assertThat(distributed.byCoverage()).isEqualTo(local.byCoverage()).containsKey(ScreenSummary.NO_COVERAGE_CHECK);
    assertThat(local.byCoverage().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(local.assessed());
    assertThat(distributed.malformedLines()).isEqualTo(local.malformedLines()).isEqualTo(3);
    assertThat(distributed.withRecordIssues()).isEqualTo(local.withRecordIssues()).isEqualTo(1);
    assertThat(many.get("p2").get("recordIssues")).hasSize(1);
    assertThat(distributed.malformed()).containsExactlyInAnyOrderElementsOf(local.malformed());
    assertThat(distributed.notRelevant()).isEqualTo(local.notRelevant()).isPositive();
    assertThat(distributed.deceased()).isEqualTo(local.deceased()).isEqualTo(1);
    assertThat(distributed.assessed()).isEqualTo(local.assessed());
    assertThat(distributed.export()).isEqualTo(local.export());
    assertThat(many.get("p3").get("notAssessed").asText()).isEqualTo("deceased: Patient.deceasedBoolean is true");
    assertThat(dir.resolve("spark/results-parquet")).isDirectory();
    assertThat(dir.resolve("spark/results-csv")).isDirectory();
  }

  /**
   * The vignettes twice over, with a file of lines that cannot be read or name no patient, a line cut
   * off that still names its patient (p2), a line of a type VAPath does not read, and a deceased
   * patient (p3).
   */
  private Path export(SyntheticExport synthetic) throws IOException {
    Path export = dir.resolve("export");
    synthetic.write(export, synthetic.vignetteCount() * 2, 4, true);
    Files.writeString(export.resolve("Condition-extra.ndjson"), "{broken\n"
        + "{\"resourceType\":\"Condition\",\"id\":\"x\",\"code\":{\"text\":\"no subject\"}}\n"
        + "{\"resourceType\":\"Encounter\",\"id\":\"e\",\"subject\":{\"reference\":\"Patient/p1\"}}\n"
        + "{\"resourceType\":\"Condition\",\"id\":\"cut\",\"subject\":{\"reference\":\"Patient/p2\"},\"code\":{\n",
        StandardOpenOption.CREATE);
    Path patients = export.resolve("Patient.ndjson.gz");
    List<String> lines = SyntheticExport.readGzipped(patients);
    lines.set(3, lines.get(3).replace("{\"resourceType\":\"Patient\",", "{\"resourceType\":\"Patient\","
        + "\"deceasedBoolean\":true,"));
    SyntheticExport.writeGzipped(patients, lines);
    return export;
  }

  /** The patients' results in the NDJSON parts Spark wrote. */
  private Map<String, JsonNode> sparkResults() throws IOException {
    try (Stream<Path> parts = Files.list(dir.resolve("spark/results"))) {
      return results(parts.filter(p -> p.getFileName().toString().startsWith("part-")).flatMap(p -> {
        try {
          return Files.readAllLines(p).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList());
    }
  }

  /** Each patient's result, with empty lists and absent fields made alike (Spark writes no nulls). */
  private static Map<String, JsonNode> results(List<String> lines) throws IOException {
    Map<String, JsonNode> byPatient = new HashMap<>();
    for (String line : lines) {
      ObjectNode result = (ObjectNode) JSON.readTree(line);
      for (String list : List.of("indicatedLevels", "contraindications", "missing", "workup", "preparation",
          "cautions", "followUp", "recordIssues")) {
        if (result.has(list) && result.get(list).isEmpty()) {
          result.remove(list);
        }
      }
      byPatient.put(result.get("patient").asText(), result);
    }
    return byPatient;
  }
}
