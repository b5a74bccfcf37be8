package org.vapath.screen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vapath.core.InputError;

/**
 * The files of a FHIR Bulk Data export in a folder, each placed (given its resource type) by one
 * rule, which the one-machine screening and Spark share:
 *
 * <ol>
 *   <li>With a {@code manifest.json} (the export's manifest, {@link ExportManifest}), its {@code output}
 *       entries are the files and their {@code type} the types; nothing else in the folder is read.
 *   <li>Without one, every {@code .ndjson} and {@code .ndjson.gz} file under the folder (subfolders
 *       too) is placed by the first of: a word of its name that is a resource type
 *       ({@link ResourceTypes#inName}), the name of the folder it is in ({@code Patient/part-1.ndjson}),
 *       the {@code resourceType} of its first line.
 * </ol>
 *
 * Files of types VAPath does not read are skipped and named with their type; a file that cannot be
 * placed or opened is named with why; neither stops the screening.
 */
public record BulkExport(Path folder, String manifest, String transactionTime, List<ExportFile> files,
    List<Skipped> skipped, List<Unplaced> unplaced, List<String> outcome) {
  /** The resource types the FHIR mapping reads (docs/fhir-profile.md). */
  public static final Set<String> READ = Set.of("Patient", "Condition", "Observation", "MedicationRequest",
      "MedicationStatement", "Medication", "AllergyIntolerance", "ImagingStudy", "DiagnosticReport", "DocumentReference");
  /** The name of an export's manifest, as Bulk Data clients save it beside the files. */
  public static final String MANIFEST = "manifest.json";
  /** How many files not read a refusal names. */
  private static final int NAMED = 10;

  /** A file not read because VAPath does not read its resource type. */
  public record Skipped(String file, String type) {
  }

  /** A file not read because it could not be placed or opened, and why. */
  public record Unplaced(String file, String why) {
  }

  public BulkExport {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
    unplaced = List.copyOf(unplaced);
    outcome = List.copyOf(outcome);
  }

  public static BulkExport in(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InputError("DIR", '"' + folder.toString() + '"', "is not a folder (a FHIR Bulk Data export: NDJSON"
          + " files of FHIR resources, with or without its manifest.json)");
    }
    Path manifest = folder.resolve(MANIFEST);
    BulkExport export = Files.isRegularFile(manifest) ? ExportManifest.read(folder, manifest) : byFileNames(folder);
    if (export.files().isEmpty()) {
      throw new InputError("DIR", '"' + folder.toString() + '"', "holds no NDJSON file of a resource type VAPath"
          + " reads (" + String.join(", ", READ.stream().sorted().toList()) + ")" + export.notRead());
    }
    return export;
  }

  private static BulkExport byFileNames(Path folder) {
    Placement placement = new Placement(folder);
    for (Path path : placement.allFiles()) {
      String name = path.getFileName().toString();
      String stem = name.endsWith(".ndjson") ? name.substring(0, name.length() - ".ndjson".length())
          : name.endsWith(".ndjson.gz") ? name.substring(0, name.length() - ".ndjson.gz".length()) : null;
      Path parent = path.getParent();
      String folderName = parent.equals(folder) ? null : parent.getFileName().toString();
      if (stem == null) {
        placement.unplaced(path, "not NDJSON (.ndjson or .ndjson.gz), and no manifest.json lists it");
      } else if (ResourceTypes.inName(stem) != null) {
        placement.typed(path, ResourceTypes.inName(stem), ExportFile.BY_NAME);
      } else if (folderName != null && ResourceTypes.isR4(folderName)) {
        placement.typed(path, folderName, ExportFile.BY_FOLDER);
      } else {
        placement.byFirstLine(path);
      }
    }
    return placement.export(null, null);
  }

  /** What was found but not read, for a refusal's message (the first few): empty when nothing was. */
  private String notRead() {
    List<String> named = new ArrayList<>();
    skipped.forEach(s -> named.add(s.file() + " (" + s.type() + ")"));
    unplaced.forEach(u -> named.add(u.file() + " (" + u.why() + ")"));
    if (named.isEmpty()) {
      return "";
    }
    return "; not read: " + String.join(", ", named.subList(0, Math.min(NAMED, named.size())))
        + (named.size() > NAMED ? " and " + (named.size() - NAMED) + " more" : "");
  }

  long jsonBytes() {
    return files.stream().mapToLong(ExportFile::jsonBytes).sum();
  }
}
