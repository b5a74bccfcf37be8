package org.vapath.core.testing;

import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.Sins;

/** Copies of a fracture with some findings changed and every other finding (version 2's too) kept. */
public final class Fractures {
  private Fractures() {
  }

  public static Fracture with(Fracture f, Etiology etiology, Boolean retropulsion, Boolean canal,
      Boolean painGenerator) {
    return new Fracture(f.level(), etiology, f.heightLossPercent(), f.edema(), retropulsion, canal, painGenerator,
        f.posteriorWallInvolved(), f.epiduralExtension(), f.kyphoticDeformity(), f.heightLossProgression(),
        f.boneScanUptake(), f.sins(), f.bilskyGrade());
  }

  public static Fracture v2(Fracture f, Boolean posteriorWall, Boolean epidural, Sins sins, BilskyGrade bilsky) {
    return new Fracture(f.level(), f.etiology(), f.heightLossPercent(), f.edema(), f.retropulsion(),
        f.canalCompromiseByTumor(), f.painGenerator(), posteriorWall, epidural, f.kyphoticDeformity(),
        f.heightLossProgression(), f.boneScanUptake(), sins, bilsky);
  }

  public static Fracture heightLoss(Fracture f, Double percent) {
    return new Fracture(f.level(), f.etiology(), percent, f.edema(), f.retropulsion(), f.canalCompromiseByTumor(),
        f.painGenerator(), f.posteriorWallInvolved(), f.epiduralExtension(), f.kyphoticDeformity(),
        f.heightLossProgression(), f.boneScanUptake(), f.sins(), f.bilskyGrade());
  }

  public static Fracture uptake(Fracture f, Boolean edema, Boolean uptake, Boolean kyphotic) {
    return new Fracture(f.level(), f.etiology(), f.heightLossPercent(), edema, f.retropulsion(),
        f.canalCompromiseByTumor(), f.painGenerator(), f.posteriorWallInvolved(), f.epiduralExtension(), kyphotic,
        f.heightLossProgression(), uptake, f.sins(), f.bilskyGrade());
  }
}
