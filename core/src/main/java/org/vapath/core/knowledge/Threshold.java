package org.vapath.core.knowledge;

import java.util.Objects;

/**
 * A number the rules compare against, with the range inside which an institution may override it
 * ({@code safeMin}..{@code safeMax}), its source, and the plain sentence a clinician reads.
 */
public record Threshold(
    String id,
    double value,
    String unit,
    double safeMin,
    double safeMax,
    String source,
    String text,
    boolean institutionalDefault) {

  public Threshold {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(source, "source == null");
    if (safeMin > safeMax) {
      throw new IllegalArgumentException("threshold " + id + ": safeMin > safeMax");
    }
    if (value < safeMin || value > safeMax) {
      throw new IllegalArgumentException("threshold " + id + ": " + value + " is outside its safe range "
          + safeMin + ".." + safeMax);
    }
  }

  public Threshold withValue(double newValue) {
    return new Threshold(id, newValue, unit, safeMin, safeMax, source, text, institutionalDefault);
  }
}
