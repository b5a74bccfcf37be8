package org.vapath.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.fhir.FhirCaseMapper;
import org.vapath.fhir.References;

/**
 * Screens a FHIR Bulk Data export: reads every file once, routing each line to its patient
 * (bounded memory: see {@link Partitions}), then maps and assesses one patient at a time and writes
 * the results. A line that cannot be read is counted and reported by file and line; a patient whose
 * record cannot be assessed is reported with the element at fault; neither stops the run.
 */
public final class Screener {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KnowledgePack pack;
  private final Engine engine;
  private final FhirCaseMapper mapper;
  private final LocalDate assessedOn;
  private final long partitionBytes;
  private final ScreenListener listener;

  /** {@code partitionBytes}: the most JSON held in memory at once (the export is split into as many parts). */
  public Screener(KnowledgePack pack, LocalDate assessedOn, long partitionBytes, ScreenListener listener) {
    this.pack = pack;
    this.engine = new Engine(pack);
    this.mapper = new FhirCaseMapper(pack);
    this.assessedOn = assessedOn;
    this.partitionBytes = partitionBytes;
    this.listener = listener;
  }

  public ScreenSummary screen(BulkExport export, ResultFiles out, Path workFolder) {
    long started = System.nanoTime();
    SummaryCollector summary = new SummaryCollector(export);
    Map<String, String> medications = new HashMap<>();
    try (Partitions partitions = Partitions.forExport(export.jsonBytes(), partitionBytes, workFolder)) {
      long patientsExpected = read(export, partitions, medications, summary);
      Map<String, JsonNode> parsedMedications = new HashMap<>();
      long[] done = {0};
      partitions.forEachPatient(group -> {
        try {
          out.write(assess(group.getKey(), group.getValue(), medications, parsedMedications, export, summary));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        listener.assessing(++done[0], patientsExpected);
      });
      ScreenSummary result = summary.finish(pack.version(), assessedOn, partitions.count(),
          (System.nanoTime() - started) / 1e9);
      out.summary(result);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pass one: every line to its patient's partition; returns the number of Patient resources seen. */
  private long read(BulkExport export, Partitions partitions, Map<String, String> medications,
      SummaryCollector summary) throws IOException {
    long total = export.files().stream().mapToLong(ExportFile::bytes).sum();
    long before = 0;
    long patients = 0;
    for (int f = 0; f < export.files().size(); f++) {
      ExportFile file = export.files().get(f);
      try (CountingReader reader = CountingReader.open(file)) {
        BufferedReader in = reader.lines();
        long number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          summary.line();
          LineKey key;
          try {
            key = LineKey.of(line);
          } catch (IOException e) {
            summary.malformed(file.name(), number, firstLine(e.getMessage()));
            continue;
          }
          if ("Medication".equals(key.resourceType()) && key.id() != null) {
            medications.put(key.id(), line);
          } else if (key.patient() == null || key.patient().indexOf('\t') >= 0) {
            summary.malformed(file.name(), number, "no patient: neither subject nor patient names one");
          } else {
            patients += "Patient".equals(key.resourceType()) ? 1 : 0;
            partitions.add(key.patient(), new SourceLine(f, number, line));
          }
          if ((number & 1023) == 0) {
            listener.reading(before + reader.bytesRead(), total);
          }
        }
        before += file.bytes();
        listener.reading(before, total);
      }
    }
    return patients;
  }

  private PatientResult assess(String patient, List<SourceLine> lines, Map<String, String> medications,
      Map<String, JsonNode> parsedMedications, BulkExport export, SummaryCollector summary) {
    long started = System.nanoTime();
    List<JsonNode> resources = new ArrayList<>(lines.size() + 2);
    for (SourceLine line : lines) {
      try {
        JsonNode resource = JSON.readTree(line.json());
        resources.add(resource);
        addMedication(resource, medications, parsedMedications, resources);
      } catch (JsonProcessingException e) {
        summary.malformed(export.files().get(line.file()).name(), line.number(), firstLine(e.getOriginalMessage()));
      }
    }
    PatientResult result;
    try {
      Case kase = mapper.mapJson(resources, assessedOn);
      result = result(patient, engine.assess(kase.caseId() == null ? kase.withCaseId(patient) : kase));
    } catch (InputError e) {
      result = PatientResult.failed(patient, e.getMessage());
    }
    summary.patient(result, lines.size(), (System.nanoTime() - started) / 1e6);
    return result;
  }

  /** A medication request or statement that names a shared Medication gets it beside it. */
  private static void addMedication(JsonNode resource, Map<String, String> medications,
      Map<String, JsonNode> parsed, List<JsonNode> resources) throws JsonProcessingException {
    JsonNode reference = resource.path("medicationReference").get("reference");
    if (reference == null || medications.isEmpty()) {
      return;
    }
    String id = References.idOf(reference.asText());
    String json = medications.get(id);
    if (json != null) {
      JsonNode medication = parsed.get(id);
      if (medication == null) {
        medication = JSON.readTree(json);
        parsed.put(id, medication);
      }
      resources.add(medication);
    }
  }

  private static PatientResult result(String patient, Assessment a) {
    List<String> levels = new ArrayList<>();
    for (LevelAssessment level : a.levels()) {
      if (level.decision() == Decision.INDICATED) {
        levels.add(level.level() == null ? "?" : level.level());
      }
    }
    return new PatientResult(patient, a.decision().name(), levels, codes(a.contraindications()), codes(a.missing()),
        codes(a.workup()), codes(a.preparation()), null);
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).distinct().toList();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
