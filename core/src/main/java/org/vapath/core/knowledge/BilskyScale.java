package org.vapath.core.knowledge;

import java.util.Objects;
import java.util.Set;
import org.vapath.core.model.BilskyGrade;

/** The Bilsky epidural spinal cord compression grades that are high-grade compression [BILSKY-2010]. */
public record BilskyScale(Set<BilskyGrade> highGrade, String source) {
  public BilskyScale {
    highGrade = Set.copyOf(highGrade);
    Objects.requireNonNull(source, "source == null");
  }

  public boolean isHighGrade(BilskyGrade grade) {
    return grade != null && highGrade.contains(grade);
  }
}
