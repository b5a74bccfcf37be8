package org.vapath.synthea;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.mitre.synthea.engine.Generator;
import org.mitre.synthea.helpers.Config;

/**
 * Generates a synthetic population with Synthea and VAPath's module for vertebral compression
 * fractures, exported as FHIR Bulk Data (one NDJSON file per resource type):
 * {@code GeneratePopulation PATIENTS SEED OUT [--all-modules]}. By default only VAPath's module runs
 * (fast, small records); {@code --all-modules} adds Synthea's own modules for full histories (about
 * 1-2 patients per second here). Offline; the same seed gives the same population.
 */
public final class GeneratePopulation {
  static final String MODULE = "vertebral_compression_fracture.json";

  private GeneratePopulation() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: GeneratePopulation PATIENTS SEED OUT [--all-modules]");
      System.exit(2);
    }
    generate(Integer.parseInt(args[0]), Long.parseLong(args[1]), Path.of(args[2]),
        args.length > 3 && args[3].equals("--all-modules"));
  }

  /** Writes the export to {@code out/fhir}. */
  static void generate(int patients, long seed, Path out, boolean allModules) throws IOException {
    generate(patients, seed, out, allModules, 0, 140);
  }

  /** The same for patients aged {@code minAge} to {@code maxAge} at the end of the simulation. */
  static void generate(int patients, long seed, Path out, boolean allModules, int minAge, int maxAge)
      throws IOException {
    Path modules = Files.createTempDirectory("vapath-synthea-modules");
    try (InputStream module = GeneratePopulation.class.getResourceAsStream("modules/" + MODULE)) {
      Files.copy(module, modules.resolve(MODULE), StandardCopyOption.REPLACE_EXISTING);
    }
    Config.set("exporter.baseDirectory", out.toAbsolutePath().toString());
    Config.set("exporter.fhir.export", "true");
    Config.set("exporter.fhir.bulk_data", "true");
    Config.set("exporter.hospital.fhir.export", "false");
    Config.set("exporter.practitioner.fhir.export", "false");
    Config.set("exporter.ccda.export", "false");
    Config.set("exporter.csv.export", "false");
    Config.set("exporter.text.export", "false");
    Config.set("exporter.metadata.export", "false");
    Config.set("generate.append_numbers_to_person_names", "true");
    Generator.GeneratorOptions options = new Generator.GeneratorOptions();
    options.population = patients;
    options.seed = seed;
    options.clinicianSeed = seed;
    options.localModuleDir = modules.toFile();
    options.minAge = minAge;
    options.maxAge = maxAge;
    options.ageSpecified = minAge > 0 || maxAge < 140;
    List<String> only = new ArrayList<>();
    if (!allModules) {
      only.add("vertebral*");
      options.enabledModules = only;
    }
    new Generator(options).run();
  }
}
