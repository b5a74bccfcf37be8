package org.vapath.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/** The files of a backup: made its owner's alone before any byte is written, read back one entry only. */
final class Backups {
  private Backups() {
  }

  /** Creates {@code file} empty and {@code rw-------}; refused when it exists (a backup never overwrites). */
  static Path createOwnerOnly(Path file) {
    try {
      try {
        return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
            "rw-------")));
      } catch (UnsupportedOperationException e) {
        return Files.createFile(file); // not a POSIX file system: its own access control applies
      }
    } catch (FileAlreadyExistsException e) {
      throw new RegistryError("the file " + file.toAbsolutePath() + " exists already; name a new one (a backup never"
          + " overwrites a file)");
    } catch (NoSuchFileException e) {
      throw new RegistryError("the folder of " + file.toAbsolutePath() + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file.toAbsolutePath(), e);
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the error that made us delete it is the one to report
    }
  }

  /** Copies the entry {@code name} of the zip {@code backup} to {@code to}; refused when it has none. */
  static void extractDatabase(Path backup, String name, Path to) throws IOException {
    if (!Files.isRegularFile(backup)) {
      throw new RegistryError("no backup file at " + backup.toAbsolutePath());
    }
    try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        // Only the entry by its exact name: no other path from inside the zip is ever written.
        if (entry.getName().equals(name)) {
          try (OutputStream out = Files.newOutputStream(to, StandardOpenOption.TRUNCATE_EXISTING)) {
            zip.transferTo(out);
          }
          return;
        }
      }
    } catch (ZipException e) {
      throw notABackup(backup);
    }
    throw notABackup(backup);
  }

  private static RegistryError notABackup(Path backup) {
    return new RegistryError("the file " + backup.toAbsolutePath() + " is not a VAPath backup (a zip holding "
        + DataFolder.DATABASE + ".mv.db, as vapath admin backup writes)");
  }
}
