package org.vapath.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The embedded registry's folder. It holds patient data and password hashes, so it is its owner's
 * alone (the folder {@code rwx------}, its files {@code rw-------}); it is used by one process at a
 * time (a lock of our own, held while open, so that a second server or command is told so plainly);
 * and its database is made whole or not at all: created and migrated under a temporary name, then
 * renamed, so that a first start stopped half-way leaves nothing a later start would stumble on.
 */
final class DataFolder implements AutoCloseable {
  static final String DATABASE = "vapath";
  private static final String LOCK = "vapath.lock";
  private static final String NEW = "vapath-new";

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private DataFolder(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /** Opens (creating it when absent) and locks {@code folder}; refused when another process holds it. */
  static DataFolder open(Path folder) {
    try {
      ownerOnly(Files.createDirectories(folder), "rwx------");
      FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this process already holds it
      }
      if (lock == null) {
        channel.close();
        throw inUse(folder);
      }
      ownerOnly(folder.resolve(LOCK), "rw-------");
      return new DataFolder(folder, channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the data folder " + folder.toAbsolutePath(), e);
    }
  }

  /** The folder itself. */
  Path path() {
    return folder;
  }

  static RegistryError inUse(Path folder) {
    return new RegistryError("the data folder " + folder.toAbsolutePath() + " is in use by another VAPath (a"
        + " server or an admin command); stop it first, or give another --data folder");
  }

  /** The JDBC URL of the database, created and migrated first when the folder has none. */
  String databaseUrl() {
    if (!Files.exists(folder.resolve(DATABASE + ".mv.db"))) {
      create();
    }
    return url(DATABASE);
  }

  private void create() {
    try {
      deleteLeftovers();
      Flyway.configure().dataSource(url(NEW), "sa", "").load().migrate();
      Files.move(folder.resolve(NEW + ".mv.db"), folder.resolve(DATABASE + ".mv.db"),
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the registry in " + folder.toAbsolutePath(), e);
    }
  }

  /**
   * Writes the database of a backup (a zip holding {@code vapath.mv.db}) into this folder, which must
   * hold none: under a temporary name first, then renamed, so that a restore stopped half-way leaves
   * no registry behind.
   */
  void restore(Path backup) {
    if (Files.exists(folder.resolve(DATABASE + ".mv.db"))) {
      throw new RegistryError("the data folder " + folder.toAbsolutePath() + " already holds a registry; restore"
          + " into a new folder (a restore never overwrites a registry)");
    }
    try {
      deleteLeftovers();
      Path copy = folder.resolve(NEW + ".mv.db");
      Backups.extractDatabase(backup, DATABASE + ".mv.db", Backups.createOwnerOnly(copy));
      Files.move(copy, folder.resolve(DATABASE + ".mv.db"), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore into " + folder.toAbsolutePath(), e);
    }
  }

  /** A database being created when a start was stopped: begun again from nothing. */
  private void deleteLeftovers() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(NEW + ".")).toList()) {
        Files.delete(file);
      }
    }
  }

  private String url(String name) {
    // WRITE_DELAY=0: each commit is on disk before it returns (DurabilityTest).
    return "jdbc:h2:file:" + folder.resolve(name).toAbsolutePath() + ";WRITE_DELAY=0";
  }

  /** Makes every file in the folder its owner's alone (H2 creates them as the umask says). */
  void restrictFiles() {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        ownerOnly(file, "rw-------");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restrict the files of " + folder.toAbsolutePath(), e);
    }
  }

  private static Path ownerOnly(Path path, String permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its own access control applies
    }
    return path;
  }

  @Override
  public void close() {
    try (channel) {
      lock.release();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
