package org.vapath.core;

import org.vapath.core.json.KnowledgePackJson;
import java.util.Objects;
import java.util.function.Function;
import org.vapath.core.rules.Criteria;

/**
 * The decision engine: a pure function from a {@link Case} to its {@link Assessment} under one
 * {@link KnowledgePack}. No I/O, no clock (the date is in the case), deterministic and thread-safe.
 */
public final class Engine {
  private final KnowledgePack pack;
  private final Function<Case, Assessment> criteria;

  public Engine(KnowledgePack pack) {
    this.pack = Objects.requireNonNull(pack, "pack == null");
    this.criteria = Criteria.assessor(pack);
  }

  /** An engine on the embedded knowledge pack. */
  public static Engine withEmbeddedKnowledge() {
    return new Engine(KnowledgePackJson.embedded());
  }

  public KnowledgePack knowledge() {
    return pack;
  }

  public Assessment assess(Case kase) {
    return criteria.apply(Objects.requireNonNull(kase, "case == null"));
  }
}
