package org.vapath.core.knowledge;

/**
 * What counts as a successful outcome in the audit: a pain reduction of at least
 * {@code painReductionPoints} or {@code painReductionPercent} ({@code source}, FARRAR-2001) at the
 * first follow-up at least {@code firstFollowUpAfterDays} after the procedure ({@code firstFollowUpSource},
 * the care pathway's visit at 2-4 weeks); how many cases a verdict needs ({@code minimumCasesSource},
 * an institutional default); and the minimal important change in function reported beside it, a fall
 * of {@code rmdqMinimalChangePoints} on the RMDQ or {@code odiMinimalChangePoints} on the ODI
 * ({@code functionSource}).
 */
public record OutcomeDefinition(double painReductionPoints, double painReductionPercent, int firstFollowUpAfterDays,
    int minimumCasesForVerdict, String source, String firstFollowUpSource, String minimumCasesSource,
    double rmdqMinimalChangePoints, double odiMinimalChangePoints, String functionSource, String text) {

  /** Whether a change from {@code before} to {@code after} on the 0-10 scale is a success. */
  public boolean isSuccess(double before, double after) {
    double reduction = before - after;
    return reduction >= painReductionPoints || (before > 0 && reduction / before * 100 >= painReductionPercent);
  }

  /** Whether the RMDQ (0-24) fell by at least the minimal important change. */
  public boolean rmdqReachesMinimalChange(double before, double after) {
    return before - after >= rmdqMinimalChangePoints;
  }

  /** Whether the ODI (0-100) fell by at least the minimal important change. */
  public boolean odiReachesMinimalChange(double before, double after) {
    return before - after >= odiMinimalChangePoints;
  }
}
