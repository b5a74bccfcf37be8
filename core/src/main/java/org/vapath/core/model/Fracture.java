package org.vapath.core.model;

/**
 * One vertebral compression fracture. Every part may be unknown ({@code null}): the level when
 * the source does not say it, the etiology (read as {@link Etiology#UNKNOWN}), and each finding:
 * marrow edema, retropulsed fragments, canal compromise by tumour, concordance with the pain, the
 * posterior wall, epidural tumour extension, a kyphotic deformity, further height loss on follow-up
 * imaging, uptake on a bone scan or SPECT, the SINS and the Bilsky grade.
 */
public record Fracture(
    VertebralLevel level,
    Etiology etiology,
    Double heightLossPercent,
    Boolean edema,
    Boolean retropulsion,
    Boolean canalCompromiseByTumor,
    Boolean painGenerator,
    Boolean posteriorWallInvolved,
    Boolean epiduralExtension,
    Boolean kyphoticDeformity,
    Boolean heightLossProgression,
    Boolean boneScanUptake,
    Sins sins,
    BilskyGrade bilskyGrade) {

  public Fracture {
    if (etiology == null) {
      etiology = Etiology.UNKNOWN;
    }
  }

  /** A fracture with the findings of case format version 1; those of version 2 unknown. */
  public Fracture(VertebralLevel level, Etiology etiology, Double heightLossPercent, Boolean edema,
      Boolean retropulsion, Boolean canalCompromiseByTumor, Boolean painGenerator) {
    this(level, etiology, heightLossPercent, edema, retropulsion, canalCompromiseByTumor, painGenerator, null, null,
        null, null, null, null, null);
  }

  /** The level's name, or {@code null} when the level is unknown. */
  public String levelName() {
    return level == null ? null : level.name();
  }

  /** Whether the level is sacral (S1-S5): sacroplasty, not a vertebral augmentation. */
  public boolean sacral() {
    return level != null && level.region() == SpineRegion.SACRAL;
  }
}
