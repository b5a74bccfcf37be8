package org.vapath.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each file of an export folder goes, as it is placed: read (with its type), skipped (a type
 * VAPath does not read, named with it), an outcome file of the exporter's, or unplaced (with why),
 * so that no file is passed over in silence. Files and folders whose names start with a dot are
 * not the export's (a copy's {@code .DS_Store}, the screening's own {@code .partitions}).
 */
final class Placement {
  private final Path folder;
  private final List<ExportFile> files = new ArrayList<>();
  private final List<BulkExport.Skipped> skipped = new ArrayList<>();
  private final List<BulkExport.Unplaced> unplaced = new ArrayList<>();
  private final List<String> outcome = new ArrayList<>();
  private final Set<Path> accounted = new HashSet<>();

  Placement(Path folder) {
    this.folder = folder.toAbsolutePath().normalize(); // so that a file found two ways is the same path
  }

  Path folder() {
    return folder;
  }

  /** The name a report uses: the path under the export folder, with {@code /} whatever the system. */
  String name(Path path) {
    return folder.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  /** Places a file of a known type, or of several ({@code null}); one of a type VAPath does not read is skipped. */
  void typed(Path path, String type, String placedBy) {
    accounted.add(path);
    if (type != null && !ResourceTypes.isR4(type)) {
      unplaced(path, "its type \"" + type + "\" (from its " + placedBy + ") is not a FHIR R4 resource type");
    } else if (type != null && !BulkExport.READ.contains(type)) {
      skipped.add(new BulkExport.Skipped(name(path), type));
    } else {
      try {
        FileProbe probe = FileProbe.of(path, false);
        files.add(new ExportFile(path, name(path), type, placedBy, Files.size(path), probe.gzipped()));
      } catch (IOException e) {
        unplaced(path, FileProbe.why(e));
      }
    }
  }

  /** Places a file whose name and folder name no type: its first line's {@code resourceType} decides. */
  void byFirstLine(Path path) {
    accounted.add(path);
    try {
      FileProbe probe = FileProbe.of(path, true);
      if (probe.firstType() == null) {
        unplaced(path, "no resource type in its name, its folder's name or its first line: " + probe.firstProblem());
      } else {
        typed(path, probe.firstType(), ExportFile.BY_FIRST_LINE);
      }
    } catch (IOException e) {
      unplaced(path, FileProbe.why(e));
    }
  }

  /** A file skipped, found here ({@code path}) or only listed (as {@code listedAs}). */
  void skipped(Path path, String listedAs, String type) {
    if (path != null) {
      accounted.add(path);
    }
    skipped.add(new BulkExport.Skipped(path == null ? listedAs : name(path), type));
  }

  /** An outcome file of the exporter's, found here ({@code path}) or only listed (as {@code listedAs}). */
  void outcome(Path path, String listedAs) {
    if (path != null) {
      accounted.add(path);
    }
    outcome.add(path == null ? listedAs : name(path));
  }

  boolean isAccounted(Path path) {
    return accounted.contains(path);
  }

  /** An entry that names no file here: listed by the name it was given. */
  void notFound(String listedAs, String why) {
    unplaced.add(new BulkExport.Unplaced(listedAs, why));
  }

  void accounted(Path path) {
    accounted.add(path);
  }

  void unplaced(Path path, String why) {
    accounted.add(path);
    unplaced.add(new BulkExport.Unplaced(name(path), why));
  }

  /** Every regular file under the folder, in name order, but for hidden files and folders. */
  List<Path> allFiles() {
    List<Path> all = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile() && !hidden(file)) {
            all.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          unplaced(file, FileProbe.why(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    all.sort(null);
    return all;
  }

  private static boolean hidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  /** The files not accounted for yet, each unplaced with {@code why}. */
  void rest(String why) {
    for (Path path : allFiles()) {
      if (!accounted.contains(path)) {
        unplaced(path, why);
      }
    }
  }

  BulkExport export(String manifest, String transactionTime) {
    return new BulkExport(folder, manifest, transactionTime, files, skipped, unplaced, outcome);
  }
}
