package org.vapath.core.assessment;

/** A published percentage, a single figure when {@code low == high}. */
public record PercentRange(double low, double high) {
  public PercentRange {
    if (low > high) {
      throw new IllegalArgumentException("low > high: " + low + " > " + high);
    }
  }
}
