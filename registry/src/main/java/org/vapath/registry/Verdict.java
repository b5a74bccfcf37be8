package org.vapath.registry;

/** How the service's own figure compares with the published one. */
public enum Verdict {
  /** The 95% interval overlaps the published figure or range. */
  WITHIN,
  /** The whole 95% interval lies above it. */
  ABOVE,
  /** The whole 95% interval lies below it. */
  BELOW,
  /** Fewer cases than the knowledge pack's minimum for a verdict. */
  TOO_FEW_CASES,
  /** The sources publish no figure to compare with. */
  NO_PUBLISHED_FIGURE;

  static Verdict of(Proportion observed, Double publishedLow, Double publishedHigh, int minimumCases) {
    if (publishedLow == null || publishedHigh == null) {
      return NO_PUBLISHED_FIGURE;
    }
    if (observed.cases() < minimumCases) {
      return TOO_FEW_CASES;
    }
    if (observed.lowPercent() > publishedHigh) {
      return ABOVE;
    }
    return observed.highPercent() < publishedLow ? BELOW : WITHIN;
  }
}
