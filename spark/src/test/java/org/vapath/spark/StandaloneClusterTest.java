package org.vapath.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.screen.BulkExport;
import org.vapath.screen.ResultFiles;
import org.vapath.screen.SyntheticExport;

/**
 * The screening on a real Spark standalone cluster, started by {@code spark/scripts/standalone-cluster}
 * (a master, two workers and the driver, each a JVM of its own; the executors in the workers), gives
 * every patient the result the local-mode run gives. Slow (about a minute on a quiet machine, far
 * more on a loaded one): tagged {@code slow}, run by {@code mvn verify} as CI does, skipped with
 * {@code -DexcludedGroups=slow}.
 */
@Tag("slow")
class StandaloneClusterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = Path.of("scripts", "standalone-cluster");

  @TempDir
  Path dir;

  @Test
  void aStandaloneClusterAndLocalModeScreenTheExportIdentically() throws Exception {
    SyntheticExport synthetic = new SyntheticExport();
    Path export = dir.resolve("export");
    synthetic.write(export, synthetic.vignetteCount(), 2, true);

    SparkSession spark = SparkSession.builder().master("local[2]").appName("vapath-local")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    try {
      ResultFiles.writeSummary(dir.resolve("local"), SparkScreening.run(spark, BulkExport.in(export),
          dir.resolve("local").toString(), "", SyntheticExport.ASSESSED_ON));
    } finally {
      spark.stop();
    }
    String output = cluster(export, dir.resolve("cluster"));

    assertThat(output).contains("Spark workers: 2").contains("Screened " + synthetic.vignetteCount() + " patients");
    Map<String, JsonNode> local = results(dir.resolve("local/results"));
    assertThat(results(dir.resolve("cluster/results"))).isEqualTo(local).hasSize(synthetic.vignetteCount());
    JsonNode one = JSON.readTree(dir.resolve("local/summary.json").toFile());
    JsonNode many = JSON.readTree(dir.resolve("cluster/summary.json").toFile());
    for (String count : List.of("patients", "assessed", "deceased", "byDecision", "byMissing", "byContraindication",
        "malformedLines", "withRecordIssues")) {
      assertThat(many.get(count)).as(count).isEqualTo(one.get(count));
    }
    // Really distributed: each worker's JVM ran an executor of the job.
    for (String worker : List.of("worker-1", "worker-2")) {
      try (Stream<Path> apps = Files.list(dir.resolve("work").resolve(worker))) {
        assertThat(apps.filter(p -> p.getFileName().toString().startsWith("app-"))).hasSize(1);
      }
    }
  }

  /** Runs the script on this test's class path and Spark's JVM options; returns its output. */
  private String cluster(Path export, Path out) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), export.toString(), out.toString(),
        SyntheticExport.ASSESSED_ON.toString());
    builder.environment().put("VAPATH_SPARK_CLASSPATH", System.getProperty("java.class.path"));
    builder.environment().put("VAPATH_SPARK_JAVA_OPTIONS", javaOptions());
    builder.environment().put("VAPATH_SPARK_WORK", dir.resolve("work").toString());
    builder.redirectErrorStream(true).redirectOutput(dir.resolve("cluster.log").toFile());
    Process process = builder.start();
    boolean ended = process.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      process.destroy();
    }
    String output = Files.readString(dir.resolve("cluster.log"));
    assertThat(ended && process.exitValue() == 0).as("the cluster run ended well:\n" + output).isTrue();
    return output;
  }

  /** The options Spark needs on Java 17, as the Spark jar carries them (java-options.txt). */
  private static String javaOptions() throws IOException {
    try (InputStream in = StandaloneClusterTest.class.getResourceAsStream("/org/vapath/spark/java-options.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }

  /** Each patient's result in the NDJSON parts Spark wrote. */
  private static Map<String, JsonNode> results(Path folder) throws IOException {
    Map<String, JsonNode> byPatient = new HashMap<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part)) {
          ObjectNode result = (ObjectNode) JSON.readTree(line);
          byPatient.put(result.get("patient").asText(), result);
        }
      }
    }
    return byPatient;
  }
}
