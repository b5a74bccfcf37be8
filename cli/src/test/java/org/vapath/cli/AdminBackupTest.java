package org.vapath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;

/** {@code vapath admin backup} and {@code restore}: their files, and their refusals (exit 2, one line). */
class AdminBackupTest {
  @TempDir
  Path dir;

  record Run(int exit, String err) {
  }

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new PrintWriter(err, true));
    return new Run(exit, err.toString());
  }

  @Test
  void aBackupRestoresIntoAFreshFolderWithItsAccounts() throws Exception {
    String live = dir.resolve("live").toString();
    try (Registry registry = Registry.embedded(dir.resolve("live"), KnowledgePackJson.embedded())) {
      registry.accounts().create("dr.a", "clinician password".toCharArray(), Role.CLINICIAN, "test");
    }
    String zip = dir.resolve("backup.zip").toString();

    Run backup = run("admin", "backup", "--data", live, "--to", zip);
    Run restore = run("admin", "restore", "--from", zip, "--data", dir.resolve("copy").toString());

    assertThat(backup.exit()).as(backup.err()).isZero();
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(Files.getPosixFilePermissions(Path.of(zip))).hasSize(2); // rw-------
    try (Registry copy = Registry.embedded(dir.resolve("copy"), KnowledgePackJson.embedded())) {
      assertThat(copy.accounts().authenticate("dr.a", "clinician password".toCharArray())).contains(Role.CLINICIAN);
    }
  }

  @Test
  void refusals() throws Exception {
    String live = dir.resolve("live").toString();
    String zip = dir.resolve("backup.zip").toString();
    assertThat(run("admin", "backup", "--data", live, "--to", zip).exit()).isZero();

    Run overRegistry = run("admin", "restore", "--from", zip, "--data", live);
    Run overFile = run("admin", "backup", "--data", live, "--to", zip);
    Run postgres = run("admin", "backup", "--database-url", "jdbc:postgresql://db/vapath", "--to",
        dir.resolve("pg.zip").toString());

    assertThat(overRegistry.exit()).isEqualTo(2);
    assertThat(overRegistry.err()).contains("already holds a registry").doesNotContain("\tat ");
    assertThat(overFile.exit()).isEqualTo(2);
    assertThat(overFile.err()).contains("exists already");
    assertThat(postgres.exit()).isEqualTo(2);
    assertThat(postgres.err()).contains("--database-url").contains("pg_dump");
  }
}
