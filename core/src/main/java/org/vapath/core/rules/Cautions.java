package org.vapath.core.rules;

import static org.vapath.core.catalogue.Kind.CAUTION;

import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Acuity;

/**
 * Files the cautions (case-format.md, version 2): relative contraindications and appropriateness
 * concerns that the clinician weighs, which never change the decision. They concern the levels still
 * candidates for treatment (not excluded by a contraindication or a painless fracture, not sacral),
 * except the neurological deficit, which concerns the patient.
 */
final class Cautions {
  private final LevelsPerSession levelsPerSession;
  private final VertebraPlana vertebraPlana;
  private final ChronicLowPain chronicLowPain;
  private final SpinalInstability instability;
  private final CordCompression cordCompression;

  Cautions(KnowledgePack pack) {
    this.levelsPerSession = new LevelsPerSession(pack);
    this.vertebraPlana = new VertebraPlana(pack);
    this.chronicLowPain = new ChronicLowPain(pack);
    this.instability = new SpinalInstability(pack);
    this.cordCompression = new CordCompression(pack);
  }

  void file(Case kase, FractureStates fractures, Acuity acuity, Assessment.Builder out) {
    out.add(CAUTION, NeurologicalDeficit.evaluate(kase)).add(CAUTION, levelsPerSession.evaluate(fractures));
    for (int i = 0; i < fractures.size(); i++) {
      if (!fractures.candidate(i)) {
        continue;
      }
      Level at = Level.of(kase, i);
      out.add(CAUTION, CervicalLevel.level(at)).add(CAUTION, PosteriorWall.level(at))
          .add(CAUTION, EpiduralExtension.level(at)).add(CAUTION, vertebraPlana.level(at))
          .add(CAUTION, chronicLowPain.level(kase, acuity, at)).add(CAUTION, instability.level(at))
          .add(CAUTION, cordCompression.level(at));
    }
  }
}
