package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.POSTERIOR_WALL_INVOLVED;

import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;

/**
 * Caution per level [BCBS-485, NASS-NEO-2025]: a posterior vertebral wall involved. Imaging should
 * assess posterior wall deficiency before the procedure; NASS's favourable neoplastic profile has an
 * intact wall; not an absolute bar.
 */
final class PosteriorWall {
  static final CriterionInfo INFO = CriterionInfo.of("Posterior wall", "Is the posterior vertebral wall involved?",
      "fractures[].posteriorWallInvolved")
      .emits(POSTERIOR_WALL_INVOLVED);

  private PosteriorWall() {
  }

  static Verdict level(Level at) {
    Boolean involved = at.fracture().posteriorWallInvolved();
    if (involved == null) {
      return Verdict.UNKNOWN;
    }
    return involved ? Verdict.met(at.finding(POSTERIOR_WALL_INVOLVED, "The posterior wall of " + at.which()
        + " is involved: imaging before the procedure should assess the wall's deficiency, and NASS's favourable"
        + " profile for cement augmentation has an intact posterior wall (not an absolute bar).")) : Verdict.NOT_MET;
  }
}
