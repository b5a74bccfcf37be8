package org.vapath.core.assessment;

import java.util.List;
import java.util.Objects;
import org.vapath.core.model.Etiology;

/**
 * The decision for one fracture: its level (or {@code null} when unknown), its index in the case,
 * etiology, height loss and Genant grade (each {@code null} when unknown), the codes of the findings
 * that decided it, and its acuity from the pain onset with the imaging signs of acuity known at the
 * level (marrow edema, bone scan uptake; {@code null} when not recorded), shown beside it.
 */
public record LevelAssessment(
    String level,
    int fracture,
    Decision decision,
    Etiology etiology,
    Double heightLossPercent,
    Integer genantGrade,
    List<String> reasons,
    Acuity acuity,
    Boolean edema,
    Boolean boneScanUptake) {

  public LevelAssessment {
    reasons = List.copyOf(reasons);
    acuity = Objects.requireNonNullElse(acuity, Acuity.UNKNOWN);
  }
}
