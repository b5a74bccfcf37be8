package org.vapath.core.assessment;

import java.util.List;

/**
 * Complication risk for the consent discussion: the overall rate for the worst etiology among the
 * treatable levels ({@code null} where no figure is published, with {@code basis} saying so), and
 * the complications to name.
 */
public record Risk(Double complicationRatePercent, String etiology, List<String> complications, String basis,
    String source) {

  public Risk {
    complications = List.copyOf(complications);
  }
}
