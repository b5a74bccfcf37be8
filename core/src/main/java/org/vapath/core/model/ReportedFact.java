package org.vapath.core.model;

import java.util.Objects;

/**
 * A per-level fact a radiology report's text gave, and what became of it: which level, which case
 * field ({@code fracture}, {@code etiology}, {@code edema}, {@code heightLossPercent},
 * {@code retropulsion}, {@code canalCompromiseByTumor}), the value the report states ({@code true},
 * {@code false}, {@code uncertain}, a number, a cause), the report it came from (a reference such as
 * {@code DiagnosticReport/mr-1}, with its modality and date when known) and the sentence, quoted.
 *
 * <p>{@code use} says what the adapter did with it; {@code other} names the other side of a
 * conflict (the structured record's value, or the other report's) and is {@code null} otherwise.
 */
public record ReportedFact(
    VertebralLevel level,
    String field,
    String value,
    String report,
    String sentence,
    Use use,
    String other) {

  /** What became of a fact read from a report. */
  public enum Use {
    /** It filled a fact the structured record left unknown: to be confirmed by a clinician. */
    FILLED,
    /** The report hedges it ("possible", "cannot exclude"): the fact stays unknown. */
    UNCERTAIN,
    /** It disagrees with the structured record (whose value stands) or with another report (the fact stays unknown). */
    CONFLICT
  }

  public ReportedFact {
    Objects.requireNonNull(level, "level == null");
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(report, "report == null");
    Objects.requireNonNull(use, "use == null");
    if (use == Use.CONFLICT) {
      Objects.requireNonNull(other, "a conflict names its other side");
    }
  }
}
