package org.vapath.core.model;

/** Neurological signs on examination; {@code null} is not examined or not recorded. */
public record Neuro(Boolean myelopathy, Boolean radiculopathy) {
  public static final Neuro UNKNOWN = new Neuro(null, null);

  public boolean anySignPresent() {
    return Boolean.TRUE.equals(myelopathy) || Boolean.TRUE.equals(radiculopathy);
  }
}
