package org.vapath.screen;

import org.vapath.core.json.KnowledgePackJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.fhir.CaseToFhir;
import org.vapath.fhir.FhirJson;

/**
 * A FHIR Bulk Data export made from the vignettes, for tests and benchmarks: patient i is vignette
 * i mod V under the new id {@code p<i>}, every resource referring to it, one NDJSON file per type
 * (gzipped or not), plus {@code noise} observations per patient in a code system VAPath does not
 * read, as a real record holds many. Every patient's expected decision is its vignette's.
 */
public final class SyntheticExport {
  /** The day the vignettes are assessed on. */
  public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 23);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Engine ENGINE = Engine.withEmbeddedKnowledge();

  private final List<Vignettes.Vignette> vignettes;
  private final List<List<ObjectNode>> templates = new ArrayList<>();
  private final List<Case> cases = new ArrayList<>();

  /** The vignettes of version 1 and the hemostasis vignettes. */
  public SyntheticExport() {
    this(List.of());
  }

  /** The vignettes of version 1 and the hemostasis vignettes, then {@code more}. */
  public SyntheticExport(List<Vignettes.Vignette> more) {
    this(more, true);
  }

  private SyntheticExport(List<Vignettes.Vignette> more, boolean withDefaults) {
    vignettes = new ArrayList<>();
    if (withDefaults) {
      vignettes.addAll(Vignettes.all());
      vignettes.addAll(Vignettes.in("hemostasis-vignettes"));
    }
    vignettes.addAll(more);
    CaseReader reader = new CaseReader(KnowledgePackJson.embedded(), () -> ASSESSED_ON);
    var parser = FhirJson.context().newJsonParser();
    for (Vignettes.Vignette v : vignettes) {
      Case kase = reader.read(v.caseJson());
      cases.add(kase);
      Bundle bundle = CaseToFhir.of(kase);
      List<ObjectNode> resources = new ArrayList<>();
      for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
        Resource resource = entry.getResource();
        try {
          resources.add((ObjectNode) JSON.readTree(parser.encodeResourceToString(resource)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      templates.add(resources);
    }
  }

  /** An export of these vignettes only, patient i being the i-th of them. */
  public static SyntheticExport only(List<Vignettes.Vignette> vignettes) {
    return new SyntheticExport(vignettes, false);
  }

  /** The pathway vignettes (case format version 2) whose names start with these ids ({@code "V22"}), in that order. */
  public static List<Vignettes.Vignette> pathway(String... ids) {
    List<Vignettes.Vignette> all = Vignettes.in("pathway-vignettes");
    List<Vignettes.Vignette> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(all.stream().filter(v -> v.name().startsWith(id + "-")).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no pathway vignette " + id)));
    }
    return chosen;
  }

  public int vignetteCount() {
    return vignettes.size();
  }

  /** The expected decision of patient {@code p<i>}. */
  public String expectedDecision(int i) {
    return vignettes.get(i % vignettes.size()).expected().get("decision").asText();
  }

  /** What the screening must find for patient {@code p<i>}: its vignette's case assessed directly, without FHIR. */
  public PatientResult expectedResult(int i) {
    Case kase = cases.get(i % cases.size());
    return PatientResult.of("p" + i, ENGINE.assess(kase.withCaseId("p" + i)));
  }

  /** Writes {@code patients} patients into {@code folder}. */
  public void write(Path folder, int patients, int noise, boolean gzip) throws IOException {
    Files.createDirectories(folder);
    Map<String, BufferedWriter> files = new HashMap<>();
    Set<String> medications = new HashSet<>();
    try {
      for (int i = 0; i < patients; i++) {
        String patient = "p" + i;
        int k = 0;
        for (ObjectNode template : templates.get(i % templates.size())) {
          ObjectNode resource = template.deepCopy();
          String type = resource.get("resourceType").asText();
          if (type.equals("Patient")) {
            resource.put("id", patient);
          } else {
            resource.put("id", type.toLowerCase(java.util.Locale.ROOT) + "-" + i + "-" + k++);
            resource.putObject(type.equals("AllergyIntolerance") ? "patient" : "subject")
                .put("reference", "Patient/" + patient);
          }
          if (i % 2 == 1 && resource.has("medicationCodeableConcept")) {
            shareMedication(resource, medications, files, folder, gzip);
          }
          line(files, folder, type, gzip, resource);
        }
        for (int n = 0; n < noise; n++) {
          ObjectNode observation = JSON.createObjectNode().put("resourceType", "Observation")
              .put("id", "noise-" + i + "-" + n).put("status", "final");
          observation.putObject("code").putArray("coding").addObject().put("system", "https://example.org/noise")
              .put("code", "n" + (n % 50));
          observation.putObject("subject").put("reference", "Patient/" + patient);
          observation.put("effectiveDateTime", "2026-10-0" + (1 + n % 9));
          observation.putObject("valueQuantity").put("value", 60 + n % 40).put("unit", "/min");
          line(files, folder, "Observation", gzip, observation);
        }
      }
    } finally {
      for (BufferedWriter writer : files.values()) {
        writer.close();
      }
    }
  }

  /**
   * Every other patient names its medications by reference to a Medication resource that all the
   * patients taking the same drug share, as Synthea's exports do, so that the screening must join them.
   */
  private static void shareMedication(ObjectNode request, Set<String> written, Map<String, BufferedWriter> files,
      Path folder, boolean gzip) throws IOException {
    JsonNode concept = request.remove("medicationCodeableConcept");
    String id = "shared-" + Integer.toHexString(concept.toString().hashCode());
    request.putObject("medicationReference").put("reference", "Medication/" + id);
    if (written.add(id)) {
      ObjectNode medication = JSON.createObjectNode().put("resourceType", "Medication").put("id", id);
      medication.set("code", concept);
      line(files, folder, "Medication", gzip, medication);
    }
  }

  /** The lines of a gzipped file, to change one in a test. */
  public static List<String> readGzipped(Path file) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
      return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
  }

  public static void writeGzipped(Path file, List<String> lines) throws IOException {
    try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void line(Map<String, BufferedWriter> files, Path folder, String type, boolean gzip,
      ObjectNode resource) throws IOException {
    BufferedWriter out = files.get(type);
    if (out == null) {
      Path file = folder.resolve(type + (gzip ? ".ndjson.gz" : ".ndjson"));
      OutputStream stream = Files.newOutputStream(file);
      out = new BufferedWriter(new OutputStreamWriter(gzip ? new GZIPOutputStream(stream, 1 << 16) : stream,
          StandardCharsets.UTF_8), 1 << 16);
      files.put(type, out);
    }
    out.write(JSON.writeValueAsString(resource));
    out.write('\n');
  }
}
