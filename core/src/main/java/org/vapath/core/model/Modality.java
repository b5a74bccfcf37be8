package org.vapath.core.model;

/** Imaging modalities that can document a compression deformity. */
public enum Modality {
  RADIOGRAPH, CT, MRI;

  public boolean isCrossSectional() {
    return this != RADIOGRAPH;
  }
}
