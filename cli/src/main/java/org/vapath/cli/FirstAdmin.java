package org.vapath.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;

/**
 * The first administrator of an embedded registry that has none, so that a new installation can
 * be signed in to at once: a random password, written to a file only its owner can read (never to
 * the console or a log), as servers such as Jenkins do. Personal accounts are then made with
 * {@code vapath admin create}.
 */
final class FirstAdmin {
  static final String USERNAME = "admin";
  static final String FILE = org.vapath.registry.Accounts.INITIAL_PASSWORD_FILE;

  private FirstAdmin() {
  }

  /** The file holding the new admin's password, or empty when the registry already has an admin. */
  static Optional<Path> ensure(Registry registry, Path folder) {
    if (registry.accounts().hasAdmin()) {
      return Optional.empty();
    }
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Path file = folder.resolve(FILE);
    try {
      Files.deleteIfExists(file);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry.accounts().create(USERNAME, password.toCharArray(), Role.ADMIN,
        org.vapath.registry.Accounts.FIRST_START);
    return Optional.of(file);
  }
}
