package org.vapath.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.vapath.core.InputError;

/**
 * The files of a FHIR Bulk Data export in a folder: one or more NDJSON files per resource type,
 * named after it ({@code Condition.ndjson}, {@code Observation.000.ndjson.gz},
 * {@code Observation-2.ndjson}), plain or gzipped. Types VAPath does not read are left out and
 * named, so that a summary can say what was not looked at.
 */
public record BulkExport(Path folder, List<ExportFile> files, List<String> skipped) {
  /** The resource types the FHIR mapping reads (docs/fhir-profile.md). */
  public static final Set<String> READ = Set.of("Patient", "Condition", "Observation", "MedicationRequest",
      "MedicationStatement", "Medication", "AllergyIntolerance", "ImagingStudy", "DiagnosticReport");

  public BulkExport {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  public static BulkExport in(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InputError("DIR", '"' + folder.toString() + '"', "is not a folder (a FHIR Bulk Data export: one"
          + " NDJSON file per resource type)");
    }
    List<ExportFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path path : listing.sorted().toList()) {
        String name = path.getFileName().toString();
        boolean gzipped = name.endsWith(".ndjson.gz");
        if (!Files.isRegularFile(path) || !(name.endsWith(".ndjson") || gzipped)) {
          continue;
        }
        String type = name.split("[.-]", 2)[0];
        if (READ.contains(type)) {
          files.add(new ExportFile(path, type, Files.size(path), gzipped));
        } else {
          skipped.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new InputError("DIR", '"' + folder.toString() + '"', "holds no NDJSON file of a resource type VAPath"
          + " reads (" + String.join(", ", READ.stream().sorted().toList()) + ")");
    }
    return new BulkExport(folder, files, skipped);
  }

  long jsonBytes() {
    return files.stream().mapToLong(ExportFile::jsonBytes).sum();
  }
}
