package org.vapath.core.model;

/** The infection status; {@code null} is unknown. */
public record Infection(InfectionStatus status) {
  public static final Infection UNKNOWN = new Infection(null);
}
