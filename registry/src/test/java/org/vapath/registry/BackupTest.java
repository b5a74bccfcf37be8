package org.vapath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.registry.ComplicationRecord.Severity;

/** A backup of a registry in use, restored into a fresh folder: every table's rows come back the same. */
class BackupTest {
  @TempDir
  Path dir;

  @Test
  void aBackupTakenWhileOpenRestoresEveryRowOfEveryTable() throws Exception {
    Path backup = dir.resolve("vapath-backup.zip");
    try (Registry registry = Registry.embedded(dir.resolve("live"), RegistryContract.PACK)) {
      registry.accounts().create("admin", "administrator password".toCharArray(), Role.ADMIN, "test");
      long procedure = registry.recordProcedure(saved(registry, "P01-osteoporotic-classic"),
          RegistryContract.procedure(), "dr.b");
      registry.recordComplication(procedure, new ComplicationRecord("CEMENT_EMBOLIZATION", null, Severity.MINOR,
          RegistryContract.procedure().performedOn()), "dr.b");
      saved(registry, "P02-malignant-indicated");

      registry.backup(backup); // the registry is open, as under a running server
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");

    Registry.restore(backup, dir.resolve("restored"), RegistryContract.PACK);

    Map<String, List<String>> original = rows(dir.resolve("live"));
    assertThat(original).containsKeys("CASES", "PROCEDURES", "COMPLICATIONS", "ACCOUNTS", "AUDIT_LOG");
    assertThat(original.get("CASES")).hasSize(2);
    assertThat(original.get("PROCEDURES")).hasSize(1);
    assertThat(rows(dir.resolve("restored"))).isEqualTo(original);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("restored")
        .resolve("vapath.mv.db")))).isEqualTo("rw-------");
  }

  @Test
  void aRestoreNeverOverwritesARegistryAndABackupNeverOverwritesAFile() throws Exception {
    Path backup = dir.resolve("vapath-backup.zip");
    try (Registry registry = Registry.embedded(dir.resolve("live"), RegistryContract.PACK)) {
      registry.backup(backup);
      assertThatThrownBy(() -> registry.backup(backup)).isInstanceOf(RegistryError.class)
          .hasMessageContaining("exists already");
    }

    assertThatThrownBy(() -> Registry.restore(backup, dir.resolve("live"), RegistryContract.PACK))
        .isInstanceOf(RegistryError.class).hasMessageContaining("already holds a registry");
    Path notZip = Files.writeString(dir.resolve("notes.txt"), "not a backup");
    assertThatThrownBy(() -> Registry.restore(notZip, dir.resolve("other"), RegistryContract.PACK))
        .isInstanceOf(RegistryError.class).hasMessageContaining("is not a VAPath backup");
  }

  private static long saved(Registry registry, String vignette) {
    var kase = RegistryContract.vignette(vignette);
    return registry.saveCase(kase, org.vapath.core.Engine.withEmbeddedKnowledge().assess(kase), "dr.a");
  }

  /** Every row of every table of the registry in {@code folder}, each as its columns' text, in key order. */
  private static Map<String, List<String>> rows(Path folder) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("vapath").toAbsolutePath()
        + ";ACCESS_MODE_DATA=r", "sa", ""); Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet t = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
          + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
        while (t.next()) {
          names.add(t.getString(1));
        }
      }
      for (String name : names) {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT * FROM \"" + name + "\" ORDER BY 1")) {
          ResultSetMetaData meta = r.getMetaData();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              row.append(meta.getColumnName(i)).append('=').append(r.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
        tables.put(name, rows);
      }
    }
    return tables;
  }
}
