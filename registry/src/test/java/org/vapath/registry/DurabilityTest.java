package org.vapath.registry;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded registry keeps every acknowledged write when its process is killed (SIGKILL) in the
 * middle of concurrent writes: what {@code saveCase} returned is on disk.
 */
class DurabilityTest {
  private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

  @TempDir
  Path folder;

  @Test
  void everyAcknowledgedCaseSurvivesAKillDuringConcurrentWrites() throws Exception {
    Path data = folder.resolve("db");
    Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(), data.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<Long> acknowledged = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL;
          line = out.readLine()) {
        acknowledged.add(Long.parseLong(line.trim()));
      }
      writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged).hasSize(ACKNOWLEDGED_BEFORE_KILL);

    try (Registry reopened = Registry.embedded(data, KnowledgePackJson.embedded())) {
      for (long id : acknowledged) {
        assertThat(reopened.assessmentJson(id, "durability test")).as("case " + id).contains("INDICATED");
      }
    }
  }
}
