package org.vapath.core;

import java.util.Objects;
import org.vapath.core.rules.RuleSet;

/**
 * The decision engine: a pure function from a {@link Case} to its {@link Assessment} under one
 * {@link KnowledgePack}. No I/O, no clock (the date is in the case), deterministic and thread-safe.
 */
public final class Engine {
  private final RuleSet rules;

  public Engine(KnowledgePack pack) {
    this.rules = new RuleSet(Objects.requireNonNull(pack, "pack == null"));
  }

  /** An engine on the embedded knowledge pack. */
  public static Engine withEmbeddedKnowledge() {
    return new Engine(KnowledgePack.embedded());
  }

  public KnowledgePack knowledge() {
    return rules.pack();
  }

  public Assessment assess(Case kase) {
    return rules.assess(Objects.requireNonNull(kase, "case == null"));
  }
}
