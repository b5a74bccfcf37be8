package org.vapath.screen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a screening run found, for a population-health team: how many patients by decision, by
 * contraindication, by missing work-up item, by preparation step, by caution (code), by follow-up
 * (code) and by the status of the payer's coverage check ({@code met}, {@code not_met},
 * {@code incomplete}, or {@link #NO_COVERAGE_CHECK}); the deceased patients, counted
 * apart and not assessed; how many patients' records had parts that could not be read (listed in
 * their results); the lines that could not be read (file and line) and the patients that
 * could not be assessed (the element at fault); the slowest patients; what was read, skipped and
 * not placed ({@link Export}) and how fast. Counts and codes only, besides the listed patient ids,
 * which stay in the summary file. Dates and times are ISO-8601 ({@code assessedOn} a date,
 * {@code startedAt} and {@code finishedAt} UTC instants); durations are plain seconds.
 */
public record ScreenSummary(
    String knowledgeVersion,
    LocalDate assessedOn,
    Instant startedAt,
    Instant finishedAt,
    double seconds,
    double patientsPerSecond,
    Export export,
    int partitions,
    long lines,
    long notRelevant,
    long patients,
    long assessed,
    long deceased,
    long withRecordIssues,
    Map<String, Long> byDecision,
    Map<String, Long> byContraindication,
    Map<String, Long> byMissing,
    Map<String, Long> byWorkup,
    Map<String, Long> byPreparation,
    Map<String, Long> byCaution,
    Map<String, Long> byFollowUp,
    Map<String, Long> byCoverage,
    long malformedLines,
    List<Malformed> malformed,
    long failedPatients,
    List<Failed> failed,
    List<Slow> slowest) {

  /** How many of the malformed lines and failed patients are listed; the counts hold them all. */
  public static final int LISTED = 100;

  /**
   * The {@link #byCoverage()} key of the patients for whom no coverage check applies (no treatable
   * osteoporotic, unknown-cause or malignant level): the assessment's {@code coverage} is null.
   */
  public static final String NO_COVERAGE_CHECK = "none";

  /**
   * The export's files: its manifest and {@code transactionTime} (as written there, ISO-8601) when
   * it had one; the files read, with their type and how it was found ({@code null} type: each line's
   * own); those skipped, with their type; those not placed or not readable, with why; and the
   * exporter's own error or outcome files, which VAPath does not read but a reader should.
   */
  public record Export(String manifest, String transactionTime, List<Read> read, List<BulkExport.Skipped> skipped,
      List<BulkExport.Unplaced> unplaced, List<String> outcome) {

    public Export {
      read = List.copyOf(read);
      skipped = List.copyOf(skipped);
      unplaced = List.copyOf(unplaced);
      outcome = List.copyOf(outcome);
    }

    /** The export as placed, with the files that broke off while they were read. */
    public static Export of(BulkExport export, List<BulkExport.Unplaced> brokenOff) {
      List<BulkExport.Unplaced> unplaced = new ArrayList<>(export.unplaced());
      unplaced.addAll(brokenOff);
      return new Export(export.manifest(), export.transactionTime(), export.files().stream()
          .map(f -> new Read(f.name(), f.resourceType(), f.placedBy())).toList(), export.skipped(), unplaced,
          export.outcome());
    }
  }

  /** A file read: its name under the export folder, its type, and how the type was found. */
  public record Read(String file, String type, String placedBy) {
  }

  /** A line that could not be read: file, line number (from 1), and why. */
  public record Malformed(String file, long line, String problem) {
  }

  /** A patient whose record could not be assessed, and the element at fault. */
  public record Failed(String patient, String problem) {
  }

  /** One of the slowest patients to map and assess, with the resources it had. */
  public record Slow(String patient, int resources, double milliseconds) {
  }
}
