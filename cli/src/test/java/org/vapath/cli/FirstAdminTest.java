package org.vapath.cli;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;

class FirstAdminTest {
  @TempDir
  Path folder;

  @Test
  void aNewRegistryGetsOneAdminWhosePasswordOnlyTheOwnerCanRead() throws Exception {
    try (Registry registry = Registry.embedded(folder, KnowledgePackJson.embedded())) {
      Path file = FirstAdmin.ensure(registry, folder).orElseThrow();

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      String password = Files.readString(file).strip();
      assertThat(password).hasSizeGreaterThanOrEqualTo(24);
      assertThat(registry.accounts().authenticate(FirstAdmin.USERNAME, password.toCharArray())).hasValue(Role.ADMIN);
      assertThat(FirstAdmin.ensure(registry, folder)).isEmpty();
      assertThat(Files.readString(file).strip()).isEqualTo(password);
    }
  }
}
