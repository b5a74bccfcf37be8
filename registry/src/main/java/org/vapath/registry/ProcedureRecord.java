package org.vapath.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.vapath.core.model.VertebralLevel;

/**
 * A procedure as performed: date, technique, uni- or bipedicular access, guidance, operator, the
 * pain score before it (when not taken from the case), and the cement volume per treated level.
 */
public record ProcedureRecord(LocalDate performedOn, Technique technique, Approach approach, Guidance guidance,
    String operator, Double painNrsBefore, Map<VertebralLevel, Double> cementMlByLevel) {

  /** Vertebroplasty or kyphoplasty. */
  public enum Technique { VERTEBROPLASTY, KYPHOPLASTY }

  /** Access through one pedicle or both. */
  public enum Approach { UNIPEDICULAR, BIPEDICULAR }

  /** Image guidance used. */
  public enum Guidance { FLUOROSCOPY, CT, FLUOROSCOPY_AND_CT }

  public ProcedureRecord {
    Objects.requireNonNull(performedOn, "performedOn == null");
    Objects.requireNonNull(technique, "technique == null");
    Objects.requireNonNull(approach, "approach == null");
    Objects.requireNonNull(guidance, "guidance == null");
    if (operator == null || operator.isBlank()) {
      throw new IllegalArgumentException("operator is required");
    }
    TextLimits.check("operator", operator, TextLimits.OPERATOR);
    if (painNrsBefore != null && (painNrsBefore < 0 || painNrsBefore > 10)) {
      throw new IllegalArgumentException("painNrsBefore must be 0-10: " + painNrsBefore);
    }
    cementMlByLevel = Map.copyOf(cementMlByLevel);
    if (cementMlByLevel.isEmpty()) {
      throw new IllegalArgumentException("at least one treated level is required");
    }
    cementMlByLevel.forEach((level, ml) -> {
      if (ml != null && (ml < 0 || ml > 50)) {
        throw new IllegalArgumentException("cement volume at " + level + " must be 0-50 mL: " + ml);
      }
    });
  }
}
