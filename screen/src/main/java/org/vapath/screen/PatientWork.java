package org.vapath.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.fhir.FhirCaseMapper;
import org.vapath.fhir.MappedElements;

/**
 * One patient's work: parse the lines (only the {@linkplain MappedElements elements the mapping reads}),
 * set a deceased patient apart ({@link Deceased}), map the others' lines to a case, assess it.
 * Thread-safe, so that the patients of a partition can be shared among
 * the cores; what it finds is returned, not recorded, so that one thread keeps the summary and the
 * output in order.
 */
public final class PatientWork {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Engine engine;
  private final FhirCaseMapper mapper;
  private final LocalDate assessedOn;

  /** What one patient gave: the result, the lines that could not be read, how many resources and how long. */
  public record Outcome(PatientResult result, List<SourceLine> malformed, List<String> problems, int resources,
      double milliseconds) {
  }

  public PatientWork(KnowledgePack pack, LocalDate assessedOn) {
    this.engine = new Engine(pack);
    this.mapper = new FhirCaseMapper(pack);
    this.assessedOn = assessedOn;
  }

  public Outcome assess(String patient, List<SourceLine> lines) {
    long started = System.nanoTime();
    List<JsonNode> resources = new ArrayList<>(lines.size() + 2);
    List<SourceLine> malformed = new ArrayList<>(0);
    List<String> problems = new ArrayList<>(0);
    for (SourceLine line : inExportOrder(lines)) {
      try {
        resources.add(MappedElements.parse(JSON, line.json(), 0, line.json().length));
      } catch (JsonProcessingException e) {
        malformed.add(line);
        problems.add(KeptLine.problem(e));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // bytes in memory: not an I/O failure that can happen
      }
    }
    PatientResult result;
    try {
      String deceased = Deceased.why(resources);
      if (deceased != null) {
        result = PatientResult.notAssessed(patient, deceased);
      } else {
        Case kase = mapper.mapJson(resources, assessedOn);
        result = PatientResult.of(patient, engine.assess(kase.caseId() == null ? kase.withCaseId(patient) : kase));
      }
    } catch (InputError e) {
      result = PatientResult.failed(patient, e.getMessage());
    }
    return new Outcome(result, malformed, problems, lines.size(), (System.nanoTime() - started) / 1e6);
  }

  /** The lines in the order of the export, whatever order they were grouped in, so that every path maps alike. */
  private static List<SourceLine> inExportOrder(List<SourceLine> lines) {
    List<SourceLine> ordered = new ArrayList<>(lines);
    ordered.sort(Comparator.comparingInt(SourceLine::file).thenComparingLong(SourceLine::number));
    return ordered;
  }
}
