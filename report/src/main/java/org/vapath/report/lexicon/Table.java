package org.vapath.report.lexicon;

import java.util.Arrays;
import java.util.Optional;

/** The lexicon's tables of words with a value: fractions in percent, ordinal numbers, region letters. */
public enum Table {
  FRACTIONS("quantity.fractions", 1, 100),
  ORDINALS("level.ordinals", 1, 12),
  REGIONS("level.regions", 0, 0);

  private final String jsonName;
  private final int min;
  private final int max;

  Table(String jsonName, int min, int max) {
    this.jsonName = jsonName;
    this.min = min;
    this.max = max;
  }

  public String jsonName() {
    return jsonName;
  }

  /** Whether the table's values are region letters rather than numbers. */
  boolean holdsLetters() {
    return this == REGIONS;
  }

  int min() {
    return min;
  }

  int max() {
    return max;
  }

  public static Optional<Table> byName(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
  }
}
