package org.vapath.core.rules;

import java.util.List;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.assessment.Finding;

/** Small helpers that keep rule tests to one line of facts and one line of expectation. */
final class Codes {
  static final Engine ENGINE = Engine.withEmbeddedKnowledge();

  private Codes() {
  }

  static Assessment assess(Case kase) {
    return ENGINE.assess(kase);
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }
}
