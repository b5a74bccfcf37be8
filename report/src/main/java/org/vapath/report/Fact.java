package org.vapath.report;

import java.util.List;

/**
 * One fact at one level: its key, its value as the annotation writes it ({@code "true"},
 * {@code "false"}, {@code "uncertain"}, {@code "acute"}, {@code "33"}, ...) and the sentences it
 * was read from.
 */
public record Fact(FactKey key, String value, List<Evidence> evidence) {
  public Fact {
    evidence = List.copyOf(evidence);
  }
}
