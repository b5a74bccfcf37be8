package org.vapath.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a screening run found, for a population-health team: how many patients by decision, by
 * contraindication, by missing work-up item and by preparation step; the lines that could not be
 * read (file and line) and the patients that could not be assessed (the element at fault); the
 * slowest patients; and what was read (with the observations left unparsed because no code of
 * theirs is one VAPath reads) and how fast. Counts and codes only, besides the listed
 * patient ids, which stay in the summary file.
 */
public record ScreenSummary(
    String knowledgeVersion,
    LocalDate assessedOn,
    List<String> files,
    List<String> skippedFiles,
    int partitions,
    long lines,
    long notRelevant,
    long patients,
    long assessed,
    Map<String, Long> byDecision,
    Map<String, Long> byContraindication,
    Map<String, Long> byMissing,
    Map<String, Long> byWorkup,
    Map<String, Long> byPreparation,
    long malformedLines,
    List<Malformed> malformed,
    long failedPatients,
    List<Failed> failed,
    List<Slow> slowest,
    double seconds,
    double patientsPerSecond) {

  /** How many of the malformed lines and failed patients are listed; the counts hold them all. */
  public static final int LISTED = 100;

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
