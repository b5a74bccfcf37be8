package org.vapath.core.model;

/** The clinician's judgement of a bleeding disorder; {@code null} is unknown. */
public record Coagulopathy(CoagulopathyStatus status) {
  public static final Coagulopathy UNKNOWN = new Coagulopathy(null);
}
