package org.vapath.core.knowledge;

/**
 * What counts as a successful outcome in the audit: a pain reduction of at least
 * {@code painReductionPoints} or {@code painReductionPercent} ({@code source}, FARRAR-2001) at the
 * first follow-up at least {@code firstFollowUpAfterDays} after the procedure ({@code firstFollowUpSource},
 * the care pathway's visit at 2-4 weeks); and how many cases a verdict needs ({@code minimumCasesSource},
 * an institutional default).
 */
public record OutcomeDefinition(double painReductionPoints, double painReductionPercent, int firstFollowUpAfterDays,
    int minimumCasesForVerdict, String source, String firstFollowUpSource, String minimumCasesSource, String text) {

  /** Whether a change from {@code before} to {@code after} on the 0-10 scale is a success. */
  public boolean isSuccess(double before, double after) {
    double reduction = before - after;
    return reduction >= painReductionPoints || (before > 0 && reduction / before * 100 >= painReductionPercent);
  }
}
