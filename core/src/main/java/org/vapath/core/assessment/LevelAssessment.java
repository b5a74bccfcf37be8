package org.vapath.core.assessment;

import java.util.List;
import org.vapath.core.model.Etiology;

/**
 * The decision for one fracture: its level (or {@code null} when unknown), its index in the case,
 * etiology, height loss and Genant grade (each {@code null} when unknown), and the codes of the
 * findings that decided it.
 */
public record LevelAssessment(
    String level,
    int fracture,
    Decision decision,
    Etiology etiology,
    Double heightLossPercent,
    Integer genantGrade,
    List<String> reasons) {

  public LevelAssessment {
    reasons = List.copyOf(reasons);
  }
}
