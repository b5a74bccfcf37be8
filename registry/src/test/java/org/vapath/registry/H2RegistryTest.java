package org.vapath.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry on its embedded default, an H2 file. */
class H2RegistryTest extends RegistryContract {
  @TempDir
  Path folder;
  private int opened;

  @Override
  Registry registry() {
    return Registry.embedded(folder.resolve("db" + opened++), PACK);
  }

  @Test
  void dataSurvivesClosingAndReopeningAndMigrationsRunOnce() {
    Path data = folder.resolve("kept");
    long id;
    try (Registry registry = Registry.embedded(data, PACK)) {
      id = saved(registry, "P06-local-infection");
    }
    try (Registry reopened = Registry.embedded(data, PACK)) {
      assertThat(reopened.assessmentJson(id, "dr.c")).contains("ACTIVE_INFECTION");
    }
  }
}
