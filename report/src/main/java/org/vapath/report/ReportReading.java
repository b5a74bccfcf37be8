package org.vapath.report;

import java.util.List;

/**
 * What the reader read in one report: the modality ({@code MR}, {@code CT}, {@code XR},
 * {@code NM}, {@code PET}, or null when the report does not say), the levels from head to foot,
 * and the lexicon it used (its version, and who added words, or null).
 */
public record ReportReading(String modality, List<LevelReading> levels, String lexiconVersion,
    String lexiconAdditions) {
  public ReportReading {
    levels = List.copyOf(levels);
  }
}
