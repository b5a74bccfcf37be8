package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.vapath.core.model.VertebralLevel;
import org.vapath.report.FactKey;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.context.Match;
import org.vapath.report.levels.Anchor;
import org.vapath.report.lexicon.Vocabulary;

/**
 * The places of one sentence as lists of anchors ({@link Group}), and which fact belongs to which
 * list. A range ("T11-L1") or a pair of adjacent levels ("L1-L2") counts as its levels only when
 * the fact nearest to it is a fracture, a lesion or cement ("compression deformities of
 * T11-L1"); otherwise it is coverage or a disc and names no vertebra.
 */
final class SentencePlaces {
  /** How far an acuity, height or grade may stand from the fracture it describes, in words. */
  private static final int DESCRIBED_WORDS = 12;

  private final AnalyzedSentence s;
  private final List<Candidate> candidates;
  private final List<Group> groups;
  private final Discourse before;
  /** The groups of the sentence; any after these are single levels that own a bracket. */
  private final int realGroups;
  private final Set<Integer> listed = new java.util.HashSet<>();
  private final Map<Integer, Integer> secondary = new java.util.HashMap<>();

  SentencePlaces(AnalyzedSentence s, List<Candidate> candidates, Discourse before) {
    this.s = s;
    this.candidates = candidates;
    this.groups = new ArrayList<>(Group.withAppositions(s, Group.of(s)));
    this.realGroups = groups.size();
    this.before = before;
    findSecondary();
    for (Candidate c : candidates) {
      boolean lists = c.key() == FactKey.FRACTURE && !c.isNegation() || c.key() == FactKey.ETIOLOGY
          || c.key() == FactKey.CEMENT_PRESENT;
      int g = lists ? locate(c, false) : -1;
      if (g >= 0) {
        for (int a : groups.get(g).anchors()) {
          Anchor.Kind kind = s.anchors().get(a).kind();
          if (kind == Anchor.Kind.RANGE || kind == Anchor.Kind.PAIR && c.plural()) {
            listed.add(a);
          }
        }
      }
    }
  }

  List<Group> groups() {
    return groups;
  }

  /**
   * The vertebral levels of a group for a fact ({@code c} may be null): a disc is both its bodies
   * only for discitis-osteomyelitis.
   */
  List<VertebralLevel> levels(int group, Candidate c) {
    Set<VertebralLevel> levels = new LinkedHashSet<>();
    for (int a : groups.get(group).anchors()) {
      Anchor anchor = s.anchors().get(a);
      switch (anchor.kind()) {
        case LEVEL -> levels.addAll(anchor.levels());
        case RANGE -> levels.addAll(listed.contains(a) ? anchor.levels() : List.of());
        case PAIR, DISC -> levels.addAll(listed.contains(a) || infection(c) ? anchor.levels() : List.of());
        case FORMER -> levels.addAll(before.lastList().isEmpty() ? List.of() : List.of(before.lastList().get(0)));
        case LATTER -> levels.addAll(before.lastList().isEmpty() ? List.of()
            : List.of(before.lastList().get(before.lastList().size() - 1)));
        case FRACTURED -> levels.addAll(fractured(anchor));
        default -> {
          // a segment or a place that is not a vertebra
        }
      }
    }
    return List.copyOf(levels);
  }

  /** "the fracture level": the focus when fractured,
      else the last fracture; "the remaining fractured levels": the others. */
  private List<VertebralLevel> fractured(Anchor anchor) {
    int at = s.tokenAt(anchor.start());
    boolean others = at > 0 && ("remaining".equals(s.tokens().get(at - 1).text())
        || "other".equals(s.tokens().get(at - 1).text()));
    if (others) {
      Set<VertebralLevel> rest = new LinkedHashSet<>(before.fractured());
      rest.removeAll(before.focus());
      return List.copyOf(rest);
    }
    boolean focusFractured = !before.focus().isEmpty() && before.fractured().containsAll(before.focus());
    return focusFractured ? before.focus() : before.lastFractured();
  }

  /** Groups named only to place another finding ("below the L1 vertebroplasty"),
      with the token of their locative word. */
  private void findSecondary() {
    for (int g = 0; g < realGroups; g++) {
      Group group = groups.get(g);
      for (Match m : s.matches()) {
        if (m.in(Vocabulary.LEVEL_LOCATIVES) && m.to() <= group.from() && s.clause(m.from()) == group.clause()
            && s.wordsBetween(m.to(), group.from()) <= 3 && noAnchorBetween(m.to(), group.from())) {
          secondary.put(g, m.from());
        }
      }
    }
  }

  private boolean noAnchorBetween(int from, int to) {
    for (int a = 0; a < s.anchors().size(); a++) {
      if (s.anchorFrom(a) >= from && s.anchorTo(a) <= to) {
        return false;
      }
    }
    return true;
  }

  /** The levels the next sentence without a level speaks of: the last fractured list, else the last list. */
  List<VertebralLevel> focusLevels() {
    List<VertebralLevel> focus = List.of();
    for (Candidate c : candidates) {
      if (c.key() == FactKey.FRACTURE && !c.isNegation()) {
        int g = locate(c, false);
        if (g >= 0 && !levels(g, c).isEmpty()) {
          focus = levels(g, c);
        }
      }
    }
    return focus.isEmpty() ? lastVertebralLevels(Integer.MAX_VALUE) : focus;
  }

  /** Discitis-osteomyelitis at a disc level is infection of both its vertebral bodies. */
  private static boolean infection(Candidate c) {
    return c != null && c.key() == FactKey.ETIOLOGY && "infection".equals(c.value());
  }

  /** For a fact before a colon in a sentence naming no level there: every level after the colon; else null. */
  List<VertebralLevel> afterColon(Candidate c) {
    int colon = -1;
    for (int t = c.to(); t < s.tokens().size() && colon < 0; t++) {
      if (":".equals(s.tokens().get(t).text()) && s.paren(t) == 0) {
        colon = t;
      }
    }
    if (colon < 0 || groups.stream().anyMatch(g -> g.from() < c.to())) {
      return null;
    }
    Set<VertebralLevel> levels = new LinkedHashSet<>();
    for (int g = 0; g < realGroups; g++) {
      if (groups.get(g).from() > colon) {
        levels.addAll(levels(g, c));
      }
    }
    return levels.isEmpty() ? null : List.copyOf(levels);
  }

  /** The levels of the last group, before token {@code before}, that names a vertebra. */
  List<VertebralLevel> lastVertebralLevels(int before) {
    List<VertebralLevel> last = List.of();
    for (int g = 0; g < realGroups; g++) {
      List<VertebralLevel> levels = levels(g, null);
      if (groups.get(g).to() <= before && !levels.isEmpty()) {
        last = levels;
      }
    }
    return last;
  }

  List<VertebralLevel> allVertebralLevels() {
    Set<VertebralLevel> all = new LinkedHashSet<>();
    for (int g = 0; g < realGroups; g++) {
      all.addAll(levels(g, null));
    }
    return List.copyOf(all);
  }

  /** The last list of two or more levels, for "the former" and "the latter" of later sentences. */
  Optional<List<VertebralLevel>> lastList() {
    List<VertebralLevel> last = null;
    for (int g = 0; g < realGroups; g++) {
      List<VertebralLevel> levels = levels(g, null);
      if (levels.size() >= 2) {
        last = levels;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The group a fact belongs to in its own sentence, or -1. */
  int locate(Candidate c, boolean followFracture) {
    int paren = s.paren(c.from());
    int at = c.from();
    if (paren != 0) {
      int inside = nearest(c.from(), c.to(), g -> g.paren() == paren);
      if (inside >= 0) {
        return inside;
      }
      int open = s.parenOpen(paren);
      at = open;
      int owner = bracketOwner(open);
      if (owner >= 0) {
        return owner;
      }
    }
    if (followFracture && Attribution.isDependent(c.key())) {
      int described = describedGroup(c);
      if (described >= 0) {
        return described;
      }
    }
    int from = at;
    int to = paren != 0 ? at + 1 : c.to();
    int clause = s.clause(from);
    int level = s.paren(from);
    return nearest(from, to, g -> g.clause() == clause && g.paren() == level);
  }

  /**
   * The place a bracket speaks of: the level right before it ("T6 fracture (50% height loss)"); the
   * whole list when the bracket follows a list ("T7 and T8 (grade 1)"), or that one level when
   * each level of the list has its own bracket ("T8 (25%) and T10 (one third)").
   */
  private int bracketOwner(int open) {
    int anchor = -1;
    for (int a = 0; a < s.anchors().size(); a++) {
      if (s.anchorTo(a) <= open && s.clause(s.anchorFrom(a)) == s.clause(open)
          && s.paren(s.anchorFrom(a)) == s.paren(open)
          && s.wordsBetween(s.anchorTo(a), open) <= 3) {
        anchor = a;
      }
    }
    if (anchor < 0) {
      return -1;
    }
    for (int g = 0; g < realGroups; g++) {
      Group group = groups.get(g);
      if (group.anchors().contains(anchor)) {
        if (group.anchors().size() == 1 || group.anchors().stream().filter(this::followedByBracket).count() < 2) {
          return g;
        }
        groups.add(new Group(List.of(anchor), s.anchorFrom(anchor), s.anchorTo(anchor), group.clause(), group.paren()));
        return groups.size() - 1;
      }
    }
    return -1;
  }

  private boolean followedByBracket(int anchor) {
    int next = s.anchorTo(anchor);
    return next < s.tokens().size() && "(".equals(s.tokens().get(next).text());
  }

  /** For an acuity, height or grade: the group of the level right beside it, else of the fracture it describes. */
  private int describedGroup(Candidate c) {
    for (int g = 0; g < realGroups; g++) {
      Group group = groups.get(g);
      boolean before = group.to() <= c.from() && s.wordsBetween(group.to(), c.from()) <= 1
          && c.from() - group.to() <= 1;
      boolean after = group.from() >= c.to() && group.from() == c.to();
      if ((before || after) && !levels(g, c).isEmpty()) {
        return g;
      }
    }
    Candidate fracture = null;
    int best = Integer.MAX_VALUE;
    for (Candidate f : candidates) {
      if (f.key() != FactKey.FRACTURE || s.clause(f.from()) != s.clause(c.from())) {
        continue;
      }
      int distance = f.to() <= c.from() ? s.wordsBetween(f.to(), c.from()) : s.wordsBetween(c.to(), f.from());
      if (distance <= DESCRIBED_WORDS && distance < best && noSameKeyBetween(c, f)) {
        fracture = f;
        best = distance;
      }
    }
    return fracture == null ? -1 : locate(fracture, false);
  }

  private boolean noSameKeyBetween(Candidate c, Candidate fracture) {
    int from = Math.min(c.to(), fracture.to());
    int to = Math.max(c.from(), fracture.from());
    return candidates.stream().noneMatch(o -> o != c && o.key() == c.key() && o.from() >= from && o.to() <= to);
  }

  /** The nearest allowed group; a region ("the lumbar spine") only when no other group is allowed. */
  private int nearest(int from, int to, Predicate<Group> allowed) {
    Predicate<Group> own = g -> !secondary.containsKey(groups.indexOf(g))
        || from >= secondary.get(groups.indexOf(g)) && from <= g.to() + 1;
    int best = nearestOf(from, to, allowed.and(own).and(g -> !isRegion(g)));
    if (best < 0) {
      best = nearestOf(from, to, allowed.and(g -> !isRegion(g)));
    }
    return best >= 0 ? best : nearestOf(from, to, allowed);
  }

  private boolean isRegion(Group group) {
    return group.anchors().stream().allMatch(a -> s.anchors().get(a).kind() == Anchor.Kind.REGION);
  }

  private int nearestOf(int from, int to, Predicate<Group> allowed) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int g = 0; g < realGroups; g++) {
      Group group = groups.get(g);
      if (!allowed.test(group)) {
        continue;
      }
      boolean preceding = group.to() <= from;
      int distance = preceding ? s.wordsBetween(group.to(), from) : group.from() >= to ? s.wordsBetween(to,
          group.from()) : 0;
      if (distance < bestDistance || distance == bestDistance && preceding) {
        best = g;
        bestDistance = distance;
      }
    }
    return best;
  }
}
