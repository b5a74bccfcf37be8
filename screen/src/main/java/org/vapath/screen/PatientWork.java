package org.vapath.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.fhir.FhirCaseMapper;
import org.vapath.fhir.MappedElements;
import org.vapath.fhir.References;

/**
 * One patient's work: parse the lines (only the {@linkplain MappedElements elements the mapping reads}),
 * map them to a case, assess it. Thread-safe, so that the patients of a partition can be shared among
 * the cores; what it finds is returned, not recorded, so that one thread keeps the summary and the
 * output in order.
 */
public final class PatientWork {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Engine engine;
  private final FhirCaseMapper mapper;
  private final LocalDate assessedOn;
  private final Map<String, byte[]> medications;
  private final Map<String, JsonNode> parsedMedications = new ConcurrentHashMap<>();

  /** What one patient gave: the result, the lines that could not be read, how many resources and how long. */
  public record Outcome(PatientResult result, List<SourceLine> malformed, List<String> problems, int resources,
      double milliseconds) {
  }

  public PatientWork(KnowledgePack pack, LocalDate assessedOn, Map<String, byte[]> medications) {
    this.engine = new Engine(pack);
    this.mapper = new FhirCaseMapper(pack);
    this.assessedOn = assessedOn;
    this.medications = medications;
  }

  public Outcome assess(String patient, List<SourceLine> lines) {
    long started = System.nanoTime();
    List<JsonNode> resources = new ArrayList<>(lines.size() + 2);
    List<SourceLine> malformed = new ArrayList<>(0);
    List<String> problems = new ArrayList<>(0);
    for (SourceLine line : lines) {
      try {
        JsonNode resource = MappedElements.parse(JSON, line.json(), 0, line.json().length);
        if (!patient.equals(KeptLine.patientOf(resource))) {
          malformed.add(line);
          problems.add("its subject (or patient) could not be read where bulk exports write it; not assessed");
          continue;
        }
        resources.add(resource);
        addMedication(resource, resources);
      } catch (JsonProcessingException e) {
        malformed.add(line);
        problems.add(Screener.firstLine(e.getOriginalMessage()));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // bytes in memory: not an I/O failure that can happen
      }
    }
    PatientResult result;
    try {
      Case kase = mapper.mapJson(resources, assessedOn);
      result = result(patient, engine.assess(kase.caseId() == null ? kase.withCaseId(patient) : kase));
    } catch (InputError e) {
      result = PatientResult.failed(patient, e.getMessage());
    }
    return new Outcome(result, malformed, problems, lines.size(), (System.nanoTime() - started) / 1e6);
  }

  /** A medication request or statement that names a shared Medication gets it beside it. */
  private void addMedication(JsonNode resource, List<JsonNode> resources) throws IOException {
    JsonNode reference = resource.path("medicationReference").get("reference");
    if (reference == null || medications.isEmpty()) {
      return;
    }
    String id = References.idOf(reference.asText());
    byte[] json = medications.get(id);
    if (json != null) {
      JsonNode medication = parsedMedications.get(id);
      if (medication == null) {
        medication = MappedElements.parse(JSON, json, 0, json.length);
        parsedMedications.put(id, medication);
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
}
