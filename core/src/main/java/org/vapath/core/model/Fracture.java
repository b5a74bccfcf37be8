package org.vapath.core.model;

/**
 * One vertebral compression fracture. Every part may be unknown ({@code null}): the level when
 * the source does not say it, the etiology (read as {@link Etiology#UNKNOWN}), and each finding.
 */
public record Fracture(
    VertebralLevel level,
    Etiology etiology,
    Double heightLossPercent,
    Boolean edema,
    Boolean retropulsion,
    Boolean canalCompromiseByTumor,
    Boolean painGenerator) {

  public Fracture {
    if (etiology == null) {
      etiology = Etiology.UNKNOWN;
    }
  }

  /** The level's name, or {@code null} when the level is unknown. */
  public String levelName() {
    return level == null ? null : level.name();
  }
}
