package org.vapath.screen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/** Counts what a run finds, as it goes, into a {@link ScreenSummary}. */
final class SummaryCollector {
  private static final int SLOWEST = 10;

  private final BulkExport export;
  private final Instant startedAt = Instant.now();
  private final List<BulkExport.Unplaced> brokenOff = new ArrayList<>();
  private final Map<String, Long> byDecision = new TreeMap<>();
  private final Map<String, Long> byContraindication = new TreeMap<>();
  private final Map<String, Long> byMissing = new TreeMap<>();
  private final Map<String, Long> byWorkup = new TreeMap<>();
  private final Map<String, Long> byPreparation = new TreeMap<>();
  private final Map<String, Long> byCaution = new TreeMap<>();
  private final Map<String, Long> byFollowUp = new TreeMap<>();
  private final Map<String, Long> byCoverage = new TreeMap<>();
  private final List<ScreenSummary.Malformed> malformed = new ArrayList<>();
  private final List<ScreenSummary.Failed> failed = new ArrayList<>();
  private final PriorityQueue<ScreenSummary.Slow> slowest = new PriorityQueue<>(
      Comparator.comparingDouble(ScreenSummary.Slow::milliseconds));
  private long lines;
  private long irrelevant;
  private long malformedLines;
  private long patients;
  private long failedPatients;
  private long deceased;
  private long withRecordIssues;

  SummaryCollector(BulkExport export) {
    this.export = export;
  }

  void line() {
    lines++;
  }

  void irrelevant() {
    irrelevant++;
  }

  void malformed(String file, long line, String problem) {
    malformedLines++;
    if (malformed.size() < ScreenSummary.LISTED) {
      malformed.add(new ScreenSummary.Malformed(file, line, problem));
    }
  }

  /** A file that could not be read to its end: the lines before {@code line} were. */
  void brokenOff(String file, long line, String why) {
    brokenOff.add(new BulkExport.Unplaced(file, why + " at line " + line + " (the lines before it were read)"));
  }

  List<BulkExport.Unplaced> brokenOff() {
    return brokenOff;
  }

  void patient(PatientResult result, int resources, double milliseconds) {
    patients++;
    withRecordIssues += result.recordIssues().isEmpty() ? 0 : 1;
    if (result.notAssessed() != null) {
      deceased++;
    } else if (result.error() != null) {
      failedPatients++;
      if (failed.size() < ScreenSummary.LISTED) {
        failed.add(new ScreenSummary.Failed(result.patient(), result.error()));
      }
    } else {
      byDecision.merge(result.decision(), 1L, Long::sum);
      result.contraindications().forEach(code -> byContraindication.merge(code, 1L, Long::sum));
      result.missing().forEach(code -> byMissing.merge(code, 1L, Long::sum));
      result.workup().forEach(code -> byWorkup.merge(code, 1L, Long::sum));
      result.preparation().forEach(code -> byPreparation.merge(code, 1L, Long::sum));
      result.cautions().forEach(code -> byCaution.merge(code, 1L, Long::sum));
      result.followUp().forEach(code -> byFollowUp.merge(code, 1L, Long::sum));
      byCoverage.merge(result.coverage() == null ? ScreenSummary.NO_COVERAGE_CHECK : result.coverage(), 1L, Long::sum);
    }
    slowest.add(new ScreenSummary.Slow(result.patient(), resources, milliseconds));
    if (slowest.size() > SLOWEST) {
      slowest.poll();
    }
  }

  ScreenSummary finish(String version, LocalDate assessedOn, int partitions, double seconds) {
    List<ScreenSummary.Slow> slow = new ArrayList<>(slowest);
    slow.sort(Comparator.comparingDouble(ScreenSummary.Slow::milliseconds).reversed());
    return new ScreenSummary(version, assessedOn, startedAt, Instant.now(), seconds,
        seconds > 0 ? patients / seconds : 0, ScreenSummary.Export.of(export, brokenOff), partitions, lines,
        irrelevant, patients, patients - failedPatients - deceased, deceased, withRecordIssues, byDecision,
        byContraindication, byMissing, byWorkup, byPreparation, byCaution, byFollowUp, byCoverage, malformedLines,
        malformed, failedPatients, failed, slow);
  }
}
