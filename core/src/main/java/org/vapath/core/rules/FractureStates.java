package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;

/**
 * Where each fracture stands once the per-level contraindications are known: excluded by one,
 * sacral (sacroplasty, not a vertebral augmentation: never a candidate, never excluded), a candidate
 * (not excluded, not sacral, and its etiology an indication or still unknown), or treatable (a
 * candidate whose etiology is an established indication).
 */
final class FractureStates {
  private final List<Fracture> fractures;
  private final boolean[] excluded;
  private final boolean[] indicatedEtiology;
  private final boolean[] sacral;
  private final boolean recorded;

  /** {@code excluded[i]}: whether a per-level contraindication is met at fracture {@code i} (the array is kept). */
  FractureStates(Case kase, KnowledgePack pack, boolean[] excluded) {
    this.recorded = kase.fractures() != null;
    this.fractures = kase.fracturesOrNone();
    this.excluded = excluded;
    this.indicatedEtiology = new boolean[fractures.size()];
    this.sacral = new boolean[fractures.size()];
    for (int i = 0; i < fractures.size(); i++) {
      EtiologyFacts facts = pack.etiology(fractures.get(i).etiology());
      indicatedEtiology[i] = facts != null && facts.isIndication();
      sacral[i] = fractures.get(i).sacral();
    }
  }

  int size() {
    return fractures.size();
  }

  Fracture get(int index) {
    return fractures.get(index);
  }

  /** Whether the case lists its fractures at all (an empty list says there are none). */
  boolean recorded() {
    return recorded;
  }

  boolean excluded(int index) {
    return excluded[index];
  }

  /** Whether the fracture is at a sacral level: sacroplasty is a different procedure (knowledge §15). */
  boolean sacral(int index) {
    return sacral[index];
  }

  boolean candidate(int index) {
    return !excluded[index] && !sacral[index]
        && (indicatedEtiology[index] || fractures.get(index).etiology() == Etiology.UNKNOWN);
  }

  boolean treatable(int index) {
    return !excluded[index] && !sacral[index] && indicatedEtiology[index];
  }

  /** Whether the case lists its fractures and the list is empty: nothing to treat, nothing to be asymptomatic. */
  boolean none() {
    return recorded && fractures.isEmpty();
  }

  boolean anySacral() {
    for (boolean level : sacral) {
      if (level) {
        return true;
      }
    }
    return false;
  }

  /** Whether the work-up still matters: some fracture may be treated, or the fractures are not recorded. */
  boolean workupMatters() {
    if (!recorded) {
      return true;
    }
    for (int i = 0; i < fractures.size(); i++) {
      if (candidate(i)) {
        return true;
      }
    }
    return false;
  }

  boolean allExcluded() {
    if (fractures.isEmpty()) {
      return false;
    }
    for (boolean levelExcluded : excluded) {
      if (!levelExcluded) {
        return false;
      }
    }
    return true;
  }

  List<Integer> treatableIndexes() {
    List<Integer> indexes = new ArrayList<>(fractures.size());
    for (int i = 0; i < fractures.size(); i++) {
      if (treatable(i)) {
        indexes.add(i);
      }
    }
    return indexes;
  }
}
