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
import org.vapath.core.model.RecordIssue;
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
  private final List<String> fileNames;

  /** What one patient gave: the result, the lines that could not be read, how many resources and how long. */
  public record Outcome(PatientResult result, List<SourceLine> malformed, List<String> problems, int resources,
      double milliseconds) {
  }

  /** {@code fileNames}: the names of the export's files by their index, to name a line that cannot be read. */
  public PatientWork(KnowledgePack pack, LocalDate assessedOn, List<String> fileNames) {
    this.engine = new Engine(pack);
    this.mapper = new FhirCaseMapper(pack);
    this.assessedOn = assessedOn;
    this.fileNames = List.copyOf(fileNames);
  }

  /**
   * Assesses one patient from the lines grouped for it. A line of the patient's that could not be
   * read (set aside unread by the grouping, or refused here) stays in the record as a part that
   * could not be read ({@link RecordIssue}, named by file and line): the assessment then knows that
   * something is missing instead of taking the record for whole.
   */
  public Outcome assess(String patient, List<SourceLine> lines) {
    long started = System.nanoTime();
    List<JsonNode> resources = new ArrayList<>(lines.size() + 2);
    List<SourceLine> malformed = new ArrayList<>(0);
    List<String> problems = new ArrayList<>(0);
    List<RecordIssue> unread = new ArrayList<>(0);
    for (SourceLine line : inExportOrder(lines)) {
      if (line.unreadable()) {
        unread.add(issue(line, line.why())); // counted as malformed when it was read
        continue;
      }
      try {
        resources.add(MappedElements.parse(JSON, line.json(), 0, line.json().length));
      } catch (JsonProcessingException e) {
        malformed.add(line);
        problems.add(KeptLine.problem(e));
        unread.add(issue(line, KeptLine.problem(e)));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // bytes in memory: not an I/O failure that can happen
      }
    }
    PatientResult result = result(patient, resources, unread);
    return new Outcome(result, malformed, problems, lines.size(), (System.nanoTime() - started) / 1e6);
  }

  private PatientResult result(String patient, List<JsonNode> resources, List<RecordIssue> unread) {
    try {
      String deceased = Deceased.why(resources);
      if (deceased != null) {
        return PatientResult.notAssessed(patient, deceased);
      }
      Case kase = mapper.mapPatient(patient, resources, assessedOn, unread);
      return PatientResult.of(patient, engine.assess(kase.caseId() == null ? kase.withCaseId(patient) : kase));
    } catch (InputError e) {
      return PatientResult.failed(patient, e.getMessage(), unread);
    }
  }

  private RecordIssue issue(SourceLine line, String why) {
    return new RecordIssue(fileNames.get(line.file()) + " line " + line.number(), null, why);
  }

  /** The lines in the order of the export, whatever order they were grouped in, so that every path maps alike. */
  private static List<SourceLine> inExportOrder(List<SourceLine> lines) {
    List<SourceLine> ordered = new ArrayList<>(lines);
    ordered.sort(Comparator.comparingInt(SourceLine::file).thenComparingLong(SourceLine::number));
    return ordered;
  }
}
