package org.vapath.core.model;

import java.time.LocalDate;

/** The pain: status, 0-10 numeric rating and onset, each possibly unknown ({@code null}). */
public record Pain(PainStatus status, Double nrs, LocalDate onset) {
  public static final Pain UNKNOWN = new Pain(null, null, null);
}
