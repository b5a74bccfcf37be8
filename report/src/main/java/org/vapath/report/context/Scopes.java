package org.vapath.report.context;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Token;

/**
 * ConText's scopes: a forward trigger covers what follows it, a backward trigger what precedes
 * it, up to a termination term, a trigger of another category, the clause's end or
 * {@value #WINDOW} words, whichever comes first. A pseudo-trigger covers nothing.
 */
final class Scopes {
  /**
   * The widest scope in words. NegEx's window is five or six words; a list of findings under one
   * trigger ("no evidence of significant posterior vertebral body bowing, cortical breach or
   * retropulsion") is longer, and a scope cut short would read a negated or hedged finding as
   * stated, the one error a reader must not make. Terminations and the clause end the scope first.
   */
  static final int WINDOW = 15;
  /** A phrase in lists of two categories counts as the first of these. */
  private static final Category[] PRIORITY = {Category.IGNORED, Category.HYPOTHETICAL, Category.UNCERTAIN,
      Category.NEGATED};

  private Scopes() {
  }

  static Map<Category, int[]> of(List<Token> tokens, List<Match> matches, int[] clause, int[] paren) {
    Map<Category, int[]> covers = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      int[] cover = new int[tokens.size()];
      Arrays.fill(cover, -1);
      covers.put(category, cover);
    }
    int[] triggerAt = new int[tokens.size()];
    Arrays.fill(triggerAt, -1);
    boolean[] terminates = new boolean[tokens.size()];
    Category[] categories = new Category[matches.size()];
    for (int m = 0; m < matches.size(); m++) {
      Match match = matches.get(m);
      categories[m] = category(match);
      if (match.in(Vocabulary.TERMINATION)) {
        terminates[match.from()] = true;
      }
      if (categories[m] != null) {
        for (int t = match.from(); t < match.to(); t++) {
          triggerAt[t] = m;
        }
      }
    }
    for (int m = 0; m < matches.size(); m++) {
      Match match = matches.get(m);
      Category category = categories[m];
      if (category == null) {
        continue;
      }
      int[] cover = covers.get(category);
      if (match.in(category.forward())) {
        spread(tokens, categories, matches, clause, paren, triggerAt, terminates, m, cover, 1);
      }
      if (match.in(category.backward())) {
        spread(tokens, categories, matches, clause, paren, triggerAt, terminates, m, cover, -1);
      }
    }
    return covers;
  }

  /** The category of a trigger; null for any other phrase, pseudo-triggers included. */
  static Category category(Match match) {
    if (match.in(Vocabulary.PSEUDO)) {
      return null;
    }
    for (Category category : PRIORITY) {
      if (match.in(category.forward()) || match.in(category.backward())) {
        return category;
      }
    }
    return null;
  }

  /**
   * Spreads trigger {@code m}'s scope word by word, from the trigger in the direction {@code step}
   * (+1 forward, -1 backward), until its clause, a termination, another trigger, the window or the
   * trigger's brackets end it.
   */
  private static void spread(List<Token> tokens, Category[] categories, List<Match> matches, int[] clause,
      int[] paren, int[] triggerAt, boolean[] terminates, int m, int[] cover, int step) {
    Match match = matches.get(m);
    int words = 0;
    for (int t = step > 0 ? match.to() : match.from() - 1; t >= 0 && t < tokens.size(); t += step) {
      if (clause[t] != clause[match.from()] || terminates[t] || otherTrigger(categories, triggerAt, t, m)
          || words >= WINDOW
          || leavesBracket(paren, match, t)) {
        return;
      }
      if (cover[t] < 0) {
        cover[t] = m;
      }
      if (tokens.get(t).isWord()) {
        words++;
      }
    }
  }

  /** A trigger in brackets speaks only inside them: "(... without canal compromise) and a chronic T12 fracture". */
  private static boolean leavesBracket(int[] paren, Match match, int t) {
    return paren[match.from()] != 0 && paren[t] != paren[match.from()];
  }

  private static boolean otherTrigger(Category[] categories, int[] triggerAt, int t, int m) {
    return triggerAt[t] >= 0 && triggerAt[t] != m && categories[triggerAt[t]] != categories[m];
  }

}
