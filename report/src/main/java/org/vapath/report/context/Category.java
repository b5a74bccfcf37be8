package org.vapath.report.context;

import org.vapath.report.lexicon.Vocabulary;

/** ConText's trigger categories as the reader uses them, with the lists that hold their triggers. */
public enum Category {
  /** The fact is negated: false. */
  NEGATED(Vocabulary.NEGATION_FORWARD, Vocabulary.NEGATION_BACKWARD),
  /** The fact is hedged: uncertain, never true. */
  UNCERTAIN(Vocabulary.HEDGE_FORWARD, Vocabulary.HEDGE_BACKWARD),
  /** A question or recommendation: no fact. */
  HYPOTHETICAL(Vocabulary.HYPOTHETICAL_FORWARD, Vocabulary.HYPOTHETICAL_BACKWARD),
  /** "No new fracture", "at that time": no fact. */
  IGNORED(Vocabulary.IGNORE_FORWARD, Vocabulary.IGNORE_BACKWARD);

  private final Vocabulary forward;
  private final Vocabulary backward;

  Category(Vocabulary forward, Vocabulary backward) {
    this.forward = forward;
    this.backward = backward;
  }

  public Vocabulary forward() {
    return forward;
  }

  public Vocabulary backward() {
    return backward;
  }
}
