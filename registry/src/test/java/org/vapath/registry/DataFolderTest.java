package org.vapath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;

/** The embedded registry's folder: its owner's alone, one process at a time, never left half-made. */
class DataFolderTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  @TempDir
  Path dir;

  private static Process child(Class<?> main, Path data) throws Exception {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), main.getName(), data.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  @Test
  void theFolderAndEveryFileInItAreTheOwnersAlone() throws Exception {
    Path data = dir.resolve("data");
    try (Registry registry = Registry.embedded(data, PACK)) {
      registry.accounts().create("admin", "a long password".toCharArray(), Role.ADMIN, "test");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
      try (Stream<Path> files = Files.list(data)) {
        List<Path> all = files.toList();
        assertThat(all).extracting(f -> f.getFileName().toString()).contains("vapath.mv.db");
        assertThat(all).allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
            .as(f.toString()).isEqualTo("rw-------"));
      }
    }
  }

  @Test
  void anExistingWorldReadableFolderIsMadeTheOwnersOnOpening() throws Exception {
    Path data = Files.createDirectories(dir.resolve("open"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Registry registry = Registry.embedded(data, PACK)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
  }

  @Test
  void aSecondProcessIsToldPlainlyThatTheFolderIsInUse() throws Exception {
    Path data = dir.resolve("shared");
    Process first = child(OpenProcess.class, data);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).startsWith("open");

      assertThatThrownBy(() -> Registry.embedded(data, PACK)).isInstanceOf(RegistryError.class)
          .hasMessage("the data folder " + data.toAbsolutePath() + " is in use by another VAPath (a server or an"
              + " admin command); stop it first, or give another --data folder");
    } finally {
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
    }
    try (Registry after = Registry.embedded(data, PACK)) {
      assertThat(after.recentCases(1)).isEmpty();
    }
  }

  @Test
  void theSameProcessOpeningItTwiceIsToldSoToo() {
    Path data = dir.resolve("twice");
    try (Registry registry = Registry.embedded(data, PACK)) {
      assertThatThrownBy(() -> Registry.embedded(data, PACK)).hasMessageContaining("is in use by another VAPath");
    }
  }

  @Test
  void aDatabaseLeftHalfMadeByAStoppedFirstStartIsMadeAgain() throws Exception {
    Path data = Files.createDirectories(dir.resolve("half"));
    try (Connection half = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("vapath-new").toAbsolutePath(),
        "sa", "")) {
      half.createStatement().execute("CREATE TABLE cases (id BIGINT PRIMARY KEY)");
    }

    try (Registry registry = Registry.embedded(data, PACK)) {
      registry.accounts().create("admin", "a long password".toCharArray(), Role.ADMIN, "test");
      assertThat(registry.accounts().hasAdmin()).isTrue();
    }
    assertThat(data.resolve("vapath-new.mv.db")).doesNotExist();
  }

  @Test
  void aFirstStartKilledAtAnyMomentLeavesAFolderTheNextStartOpens() throws Exception {
    for (long delay : List.of(400L, 800L, 1_200L)) {
      Path data = dir.resolve("killed-" + delay);
      Process start = child(OpenProcess.class, data);
      Thread.sleep(delay);
      start.destroyForcibly(); // SIGKILL: wherever it was in creating the database
      assertThat(start.waitFor(30, TimeUnit.SECONDS)).isTrue();

      try (Registry registry = Registry.embedded(data, PACK)) {
        assertThat(registry.recentCases(1)).as("after a kill at " + delay + " ms").isEmpty();
        assertThat(registry.accounts().hasAdmin()).isFalse();
      }
    }
  }
}
