package org.vapath.core.catalogue;

import java.util.Objects;

/**
 * Something a work-up finding asks to order, named by the knowledge pack's terminology
 * ({@code means} and {@code value} of a concept, e.g. {@code lab}/{@code inr}) and in words.
 * {@code words} is a noun phrase that starts a sentence ("MRI of the spine").
 */
public record Orderable(String means, String value, String words) {
  /** Asked by several findings (the imaging work-up, the fracture's acuity, the payer's criteria). */
  static final Orderable SPINE_MRI = new Orderable("imaging", "mri", "MRI of the spine");

  public Orderable {
    Objects.requireNonNull(means, "means == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(words, "words == null");
  }

  /** Whether it is an imaging study, whose order names the levels. */
  public boolean imaging() {
    return means.equals("imaging");
  }
}
