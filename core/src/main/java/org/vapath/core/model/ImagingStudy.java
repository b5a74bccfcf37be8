package org.vapath.core.model;

import java.time.LocalDate;
import java.util.Objects;

/** An imaging study of the spine that is available; the date may be unknown. */
public record ImagingStudy(Modality modality, LocalDate date) {
  public ImagingStudy {
    Objects.requireNonNull(modality, "modality == null");
  }
}
