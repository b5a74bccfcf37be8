package org.vapath.report.context;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vapath.report.levels.Anchor;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Sentence;
import org.vapath.report.text.Token;

/**
 * A sentence read for context: its tokens, the places it names (anchors), the lexicon phrases in
 * it, its clauses (split at ";" and ":" outside brackets), its brackets, and, for each trigger
 * category, the trigger whose scope covers each token.
 */
public final class AnalyzedSentence {
  private static final int SHORT_LABEL_WORDS = 3;

  private final Sentence sentence;
  private final List<Token> tokens;
  private final List<Anchor> anchors;
  private final int[] anchorFrom;
  private final int[] anchorTo;
  private final List<Match> matches;
  private final int[] clause;
  private final int[] paren;
  private final int[] parenOpen;
  private final Map<Category, int[]> covers;

  AnalyzedSentence(Sentence sentence, List<Token> tokens, List<Anchor> anchors, List<Match> matches) {
    this.sentence = sentence;
    this.tokens = List.copyOf(tokens);
    this.anchors = List.copyOf(anchors);
    this.matches = List.copyOf(matches);
    this.anchorFrom = new int[anchors.size()];
    this.anchorTo = new int[anchors.size()];
    for (int a = 0; a < anchors.size(); a++) {
      anchorFrom[a] = tokenAt(anchors.get(a).start());
      anchorTo[a] = Math.max(anchorFrom[a] + 1, tokenAt(anchors.get(a).end()));
    }
    this.clause = new int[tokens.size()];
    this.paren = new int[tokens.size()];
    this.parenOpen = new int[tokens.size() + 1];
    structure();
    this.covers = new EnumMap<>(Scopes.of(this.tokens, this.matches, clause, paren));
  }

  public Sentence sentence() {
    return sentence;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Anchor> anchors() {
    return anchors;
  }

  public List<Match> matches() {
    return matches;
  }

  /** The first token of anchor {@code a}. */
  public int anchorFrom(int a) {
    return anchorFrom[a];
  }

  /** The token after anchor {@code a}. */
  public int anchorTo(int a) {
    return anchorTo[a];
  }

  /** The clause of a token: clauses are split at ";" and ":" outside brackets. */
  public int clause(int token) {
    return clause[Math.min(token, clause.length - 1)];
  }

  /** The bracket group of a token: 0 outside brackets, a number per "(...)" otherwise. */
  public int paren(int token) {
    return paren[Math.min(token, paren.length - 1)];
  }

  /** The token of the "(" that opens bracket group {@code group}. */
  public int parenOpen(int group) {
    return parenOpen[group];
  }

  /** The trigger match whose scope of {@code category} covers {@code token}, or -1. */
  public int cover(Category category, int token) {
    return covers.get(category)[token];
  }

  /** Whether any token of {@code from} to {@code to} is in the scope of {@code category}; its trigger, or -1. */
  public int covered(Category category, int from, int to) {
    for (int t = from; t < to; t++) {
      if (covers.get(category)[t] >= 0) {
        return covers.get(category)[t];
      }
    }
    return -1;
  }

  /** Whether the sentence holds a phrase of {@code vocabulary}. */
  public boolean has(Vocabulary vocabulary) {
    return matches.stream().anyMatch(m -> m.in(vocabulary));
  }

  /** The number of words (not punctuation) strictly between two token positions. */
  public int wordsBetween(int from, int to) {
    int count = 0;
    for (int t = Math.max(0, from); t < Math.min(to, tokens.size()); t++) {
      if (tokens.get(t).isWord()) {
        count++;
      }
    }
    return count;
  }

  /** The index of the token that starts at or after character {@code offset}. */
  public int tokenAt(int offset) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  /** "Retropulsion: none.", "Spinal canal: mild narrowing": a colon after a short label joins it to its value. */
  private boolean afterShortLabel(int colon) {
    int words = 0;
    for (int t = 0; t < colon; t++) {
      if (!tokens.get(t).isWord()) {
        return false;
      }
      words++;
    }
    return words <= SHORT_LABEL_WORDS;
  }

  private void structure() {
    int clauseId = 0;
    int depth = 0;
    int groups = 0;
    int[] stack = new int[tokens.size() + 1];
    Arrays.fill(parenOpen, -1);
    for (int t = 0; t < tokens.size(); t++) {
      String text = tokens.get(t).text();
      paren[t] = stack[depth]; // an opening bracket belongs to what encloses it, a closing one to its group
      if ("(".equals(text) || "[".equals(text)) {
        stack[++depth] = ++groups;
        parenOpen[groups] = t;
      }
      if ((")".equals(text) || "]".equals(text)) && depth > 0) {
        depth--;
      }
      if (depth == 0 && (";".equals(text) || ":".equals(text) && !afterShortLabel(t))) {
        clauseId++;
      }
      clause[t] = clauseId;
    }
  }
}
