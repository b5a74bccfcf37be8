package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.List;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.context.Match;

/**
 * Anchors written as one list ("T4 and T5", "T12 and the superior endplates of L1 and L2", "L1,
 * L3 and the sacrum"): a fact said of the list is said of each. Tokens {@code from} to {@code to}.
 */
record Group(List<Integer> anchors, int from, int to, int clause, int paren) {
  private static final int MAX_WORDS_BETWEEN = 8;

  static List<Group> of(AnalyzedSentence s) {
    List<Group> groups = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int a = 0; a < s.anchors().size(); a++) {
      if (!current.isEmpty() && !joins(s, current.get(current.size() - 1), a)) {
        groups.add(make(s, current));
        current = new ArrayList<>();
      }
      current.add(a);
    }
    if (!current.isEmpty()) {
      groups.add(make(s, current));
    }
    return groups;
  }

  private static Group make(AnalyzedSentence s, List<Integer> anchors) {
    int first = anchors.get(0);
    int last = anchors.get(anchors.size() - 1);
    return new Group(List.copyOf(anchors), s.anchorFrom(first), s.anchorTo(last), s.clause(s.anchorFrom(first)),
        s.paren(s.anchorFrom(first)));
  }

  /** Two anchors are one list when only a few plain words and "and", "or" or a comma stand between them. */
  private static boolean joins(AnalyzedSentence s, int a, int b) {
    int from = s.anchorTo(a);
    int to = s.anchorFrom(b);
    int paren = s.paren(s.anchorFrom(a));
    if (s.clause(from) != s.clause(to) || s.paren(to) != paren) {
      return false;
    }
    boolean coordinated = false;
    int words = 0;
    for (int t = from; t < to; t++) {
      if (s.paren(t) != paren) {
        continue; // a bracket between two list members is skipped: "T8 (25%) and T10"
      }
      String text = s.tokens().get(t).text();
      coordinated |= "and".equals(text) || "or".equals(text) || ",".equals(text) || "&".equals(text);
      if (s.tokens().get(t).isWord()) {
        words++;
      }
    }
    return coordinated && words <= MAX_WORDS_BETWEEN && noPhraseBetween(s, from, to, paren);
  }

  private static boolean noPhraseBetween(AnalyzedSentence s, int from, int to, int paren) {
    for (Match m : s.matches()) {
      if (m.from() >= from && m.to() <= to && s.paren(m.from()) == paren) {
        return false;
      }
    }
    return true;
  }
}
