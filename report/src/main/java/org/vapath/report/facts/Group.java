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
  private static final java.util.Set<String> BRACKET_FILLERS = java.util.Set.of(")", "]", "at", "the", "level",
      "levels",
      ",", "and");

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

  /**
   * A level in brackets that is all its bracket holds names the place before it ("at the
   * thoracolumbar junction (T12)", "fracture (L1)"): it joins that place's list, outside the bracket.
   */
  static List<Group> withAppositions(AnalyzedSentence s, List<Group> groups) {
    List<Group> out = new ArrayList<>(groups);
    for (int g = 0; g < out.size(); g++) {
      Group group = out.get(g);
      int open = group.paren() == 0 ? -1 : s.parenOpen(group.paren());
      if (open < 0 || !onlyAnchorsInBracket(s, group, open)) {
        continue;
      }
      int outer = s.paren(open);
      Group before = g > 0 && out.get(g - 1).to() == open && out.get(g - 1).paren() == outer ? out.get(g - 1) : null;
      if (before == null) {
        out.set(g, new Group(group.anchors(), group.from(), group.to(), s.clause(open), outer));
      } else {
        List<Integer> anchors = new ArrayList<>(before.anchors());
        anchors.addAll(group.anchors());
        out.set(g - 1, new Group(anchors, before.from(), group.to(), before.clause(), outer));
        out.remove(g--);
      }
    }
    return out;
  }

  private static boolean onlyAnchorsInBracket(AnalyzedSentence s, Group group, int open) {
    for (int t = open + 1; t < s.tokens().size() && s.paren(t) == group.paren(); t++) {
      String text = s.tokens().get(t).text();
      boolean inGroup = t >= group.from() && t < group.to();
      if (!inGroup && !BRACKET_FILLERS.contains(text)) {
        return false;
      }
    }
    return true;
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
    boolean conjunction = false;
    boolean comma = false;
    int words = 0;
    for (int t = from; t < to; t++) {
      if (s.paren(t) != paren) {
        continue; // a bracket between two list members is skipped: "T8 (25%) and T10"
      }
      String text = s.tokens().get(t).text();
      conjunction |= "and".equals(text) || "or".equals(text) || "&".equals(text);
      comma |= ",".equals(text);
      if (s.tokens().get(t).isWord() && !"and".equals(text) && !"or".equals(text)) {
        words++;
      }
    }
    // "T12 and the superior endplates of L1" is a list; "T10-L2, worst at L1" is not.
    boolean listed = conjunction ? words <= MAX_WORDS_BETWEEN : comma && words == 0;
    return listed && noPhraseBetween(s, from, to, paren);
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
