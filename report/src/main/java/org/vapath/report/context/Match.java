package org.vapath.report.context;

import java.util.Set;
import org.vapath.report.lexicon.Vocabulary;

/**
 * A lexicon phrase found in a sentence: the tokens {@code from} (inclusive) to {@code to}
 * (exclusive), the phrase as listed, and every list that holds it.
 */
public record Match(int from, int to, String phrase, Set<Vocabulary> lists) {
  public boolean in(Vocabulary vocabulary) {
    return lists.contains(vocabulary);
  }

  /** Whether the phrase names a place rather than a fact ("the sacrum", "the former"). */
  public boolean isPlace() {
    return in(Vocabulary.SITES_NON_VERTEBRAL) || in(Vocabulary.SITES_REGIONS) || in(Vocabulary.REFERENCE_FORMER)
        || in(Vocabulary.REFERENCE_FRACTURED) || in(Vocabulary.REFERENCE_LATTER);
  }
}
