package org.vapath.core.rules;

import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.model.Fracture;

/**
 * One fracture of the case as the per-level criteria read it: the fracture, its index in the case,
 * its level's name ({@code null} when not recorded) and how a sentence names it ("the L1 fracture").
 */
record Level(Fracture fracture, int index, String name) {
  static Level of(Case kase, int index) {
    Fracture fracture = kase.fracturesOrNone().get(index);
    return new Level(fracture, index, fracture.levelName());
  }

  /** How a sentence names the fracture, written only when a finding needs it (most levels give none). */
  String which() {
    return Words.fracture(name, index);
  }

  /** A finding about this fracture, citing its catalogue entry's sources. */
  Finding finding(FindingCode code, String basis) {
    return Finding.fracture(code, index, name, basis);
  }

  /** A finding about this fracture that cites the pack's own source for it (a threshold's). */
  Finding finding(FindingCode code, String basis, String source) {
    return Finding.fracture(code, index, name, basis, source);
  }
}
