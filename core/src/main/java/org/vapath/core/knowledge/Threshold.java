package org.vapath.core.knowledge;

import java.util.Objects;
import org.vapath.core.catalogue.Sources;

/**
 * A number the rules compare against, with the range inside which an institution may override it
 * ({@code safeMin}..{@code safeMax}), the source of the value and of each bound of the range (ids of
 * the pack, several joined by {@code "; "}; {@code institutional default} where no source states it),
 * whether the value comes from a secondary summary ({@code confirm}), and the plain sentence a
 * clinician reads.
 */
public record Threshold(
    String id,
    double value,
    String unit,
    double safeMin,
    double safeMax,
    String source,
    String text,
    boolean confirm,
    String safeMinSource,
    String safeMaxSource) {

  public Threshold {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(safeMinSource, () -> "threshold " + id + ": safeMinSource == null");
    Objects.requireNonNull(safeMaxSource, () -> "threshold " + id + ": safeMaxSource == null");
    if (safeMin > safeMax) {
      throw new IllegalArgumentException("threshold " + id + ": safeMin > safeMax");
    }
    if (value < safeMin || value > safeMax) {
      throw new IllegalArgumentException("threshold " + id + ": " + value + " is outside its safe range "
          + safeMin + ".." + safeMax);
    }
  }

  /** Whether no published source states the value: an institution should review it. */
  public boolean institutionalDefault() {
    return Sources.ids(source).contains(Sources.INSTITUTIONAL_DEFAULT);
  }

  public Threshold withValue(double newValue) {
    return new Threshold(id, newValue, unit, safeMin, safeMax, source, text, confirm, safeMinSource, safeMaxSource);
  }
}
