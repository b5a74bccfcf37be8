package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.List;
import org.vapath.report.FactKey;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.context.Category;
import org.vapath.report.context.Match;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Vocabulary;

/**
 * Turns the lexicon phrases of a sentence into facts with a value: stated (true), negated
 * (false) or hedged ("uncertain", also when both negated and hedged); questions,
 * recommendations and "no new ..." give none. The canal and the posterior wall need a second word
 * beside them: one of narrowing or involvement, or one that says they are open or intact.
 */
public final class FactFinder {
  private static final int COMPANION_WORDS = 6;
  private static final int NEGATOR_WORDS = 5;
  private static final int DEGENERATIVE_WORDS = 8;
  private static final java.util.Set<String> CONTRASTS = java.util.Set.of("rather than", "instead of");

  private final Lexicon lexicon;
  private final Quantities quantities;

  public FactFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.quantities = new Quantities(lexicon);
  }

  public List<Candidate> find(AnalyzedSentence s, boolean cancerKnown) {
    List<Candidate> found = new ArrayList<>();
    for (int m = 0; m < s.matches().size(); m++) {
      Match match = s.matches().get(m);
      Status status = Status.of(lexicon, s, match.from(), match.to());
      if (status.ignored()) {
        continue;
      }
      fracture(s, match, status, found);
      acuity(match, status, found);
      if (!lesionSignal(s, match)) {
        simple(s, match, status, Vocabulary.EDEMA, Vocabulary.EDEMA_EXCLUDED, FactKey.EDEMA, found);
      }
      simple(s, match, status, Vocabulary.RETROPULSION, null, FactKey.RETROPULSION, found);
      canal(s, m, status, found);
      wall(s, m, status, found);
      etiology(match, status, cancerKnown, found);
      if (match.in(Vocabulary.CEMENT) && !match.in(Vocabulary.CEMENT_EXCLUDED) && status.plain()) {
        found.add(candidate(FactKey.CEMENT_PRESENT, Candidate.TRUE, match, status, false, s));
      }
    }
    found.addAll(quantities.find(s));
    found.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return found;
  }

  private static void fracture(AnalyzedSentence s, Match match, Status status, List<Candidate> found) {
    if (!match.in(Vocabulary.FRACTURE) || match.in(Vocabulary.FRACTURE_EXCLUDED)) {
      return;
    }
    String value = status.value(Candidate.TRUE);
    boolean weak = Candidate.UNCERTAIN.equals(value) && etiologyJustBefore(s, match);
    found.add(candidate(FactKey.FRACTURE, value, match, status, weak, s));
  }

  /** A STIR signal word in a clause about a lesion is the lesion's signal; "edema" itself is always edema. */
  private boolean lesionSignal(AnalyzedSentence s, Match match) {
    if (!match.in(Vocabulary.EDEMA) || match.phrase().contains("edema") || match.phrase().contains("oedema")) {
      return false;
    }
    int clause = s.clause(match.from());
    for (int t = 0; t < s.tokens().size(); t++) {
      if (s.clause(t) == clause && lexicon.has(Vocabulary.EDEMA_LESION_WORDS, s.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  private static void acuity(Match match, Status status, List<Candidate> found) {
    String stated = match.in(Vocabulary.ACUITY_EXCLUDED) ? null
        : match.in(Vocabulary.ACUITY_ACUTE) ? "acute"
        : match.in(Vocabulary.ACUITY_SUBACUTE) ? "subacute"
        : match.in(Vocabulary.ACUITY_CHRONIC) ? "chronic"
        : match.in(Vocabulary.ACUITY_UNCERTAIN) ? Candidate.UNCERTAIN
        : match.in(Vocabulary.ACUITY_UNSTATED) ? "" : null;
    if (stated == null || status.negated() >= 0 && status.hedged() < 0) {
      return; // "not acute" says no acuity
    }
    String value = status.hedged() >= 0 ? Candidate.UNCERTAIN : stated;
    if (!value.isEmpty()) {
      found.add(new Candidate(FactKey.ACUITY, value, match.from(), match.to(), match.phrase(), status.how(), false,
          false));
    }
  }

  private static void simple(AnalyzedSentence s, Match match, Status status, Vocabulary list, Vocabulary excluded,
      FactKey key, List<Candidate> found) {
    if (!match.in(list) || excluded != null && match.in(excluded)) {
      return;
    }
    Match negator = key == FactKey.EDEMA ? nearest(s, Vocabulary.EDEMA_NEGATOR, match, NEGATOR_WORDS) : null;
    if (negator != null && status.hedged() < 0) {
      found.add(new Candidate(key, Candidate.FALSE, match.from(), match.to(), match.phrase(),
          "negated by '" + negator.phrase() + "'", false, false));
      return;
    }
    found.add(candidate(key, status.value(Candidate.TRUE), match, status, false, s));
  }

  private void canal(AnalyzedSentence s, int m, Status status, List<Candidate> found) {
    Match match = s.matches().get(m);
    boolean complete = match.in(Vocabulary.CANAL_COMPLETE);
    boolean affirmOnly = match.in(Vocabulary.CANAL_AFFIRM_ONLY);
    if (!complete && !affirmOnly && !match.in(Vocabulary.CANAL)
        || nearest(s, Vocabulary.CANAL_DEGENERATIVE, match, DEGENERATIVE_WORDS) != null) {
      return;
    }
    Match companion = complete ? match : nearest(s, Vocabulary.CANAL_COMPANION, match, COMPANION_WORDS);
    Match negator = affirmOnly ? null : nearest(s, Vocabulary.CANAL_NEGATOR, match, NEGATOR_WORDS);
    Candidate candidate = paired(s, match, status, companion, negator, FactKey.CANAL_COMPROMISE);
    if (candidate != null && !(affirmOnly && candidate.isNegation())) {
      found.add(candidate);
    }
  }

  private void wall(AnalyzedSentence s, int m, Status status, List<Candidate> found) {
    Match match = s.matches().get(m);
    if (!match.in(Vocabulary.WALL)) {
      return;
    }
    Match companion = nearest(s, Vocabulary.WALL_COMPANION, match, COMPANION_WORDS);
    Match negator = nearest(s, Vocabulary.WALL_NEGATOR, match, NEGATOR_WORDS);
    Candidate candidate = paired(s, match, status, companion, negator, FactKey.POSTERIOR_WALL_INVOLVED);
    if (candidate != null) {
      found.add(candidate);
    }
  }

  /** A fact that needs a companion word; the nearer of companion and negator decides. */
  private Candidate paired(AnalyzedSentence s, Match target, Status status, Match companion, Match negator,
      FactKey key) {
    boolean negatorFirst = negator != null && (companion == null || distance(s, negator, target) < distance(s,
        companion, target));
    if (negatorFirst) {
      String value = status.hedged() >= 0 ? Candidate.UNCERTAIN : Candidate.FALSE;
      return new Candidate(key, value, target.from(), target.to(), target.phrase() + " ... " + negator.phrase(),
          status.hedged() >= 0 ? status.how() : "negated by '" + negator.phrase() + "'", false, false);
    }
    if (companion == null) {
      return null;
    }
    Status both = status.or(Status.of(lexicon, s, companion.from(), companion.to()));
    if (both.ignored()) {
      return null;
    }
    String term = companion == target ? target.phrase() : target.phrase() + " ... " + companion.phrase();
    return new Candidate(key, both.value(Candidate.TRUE), Math.min(target.from(), companion.from()),
        Math.max(target.to(), companion.to()), term, both.how(), false, false);
  }

  private static void etiology(Match match, Status status, boolean cancerKnown, List<Candidate> found) {
    String stated = match.in(Vocabulary.ETIOLOGY_INFECTION) ? "infection"
        : match.in(Vocabulary.ETIOLOGY_MALIGNANCY) ? "malignancy"
        : match.in(Vocabulary.ETIOLOGY_HEMANGIOMA) ? "hemangioma"
        : match.in(Vocabulary.ETIOLOGY_OSTEOPOROSIS) ? "osteoporosis"
        : match.in(Vocabulary.ETIOLOGY_TRAUMA) ? "trauma"
        : match.in(Vocabulary.ETIOLOGY_PATHOLOGIC) ? (cancerKnown ? "malignancy" : Candidate.UNCERTAIN) : null;
    if (stated == null || status.negated() >= 0) {
      return; // an etiology is never false: "without pathologic fracture" negates the fracture only
    }
    String value = status.hedged() >= 0 ? Candidate.UNCERTAIN : stated;
    String how = status.hedged() < 0 && match.in(Vocabulary.ETIOLOGY_PATHOLOGIC)
        ? (cancerKnown ? "pathologic, in a report that names a cancer" : "pathologic, with no cancer named")
            : status.how();
    found.add(new Candidate(FactKey.ETIOLOGY, value, match.from(), match.to(), match.phrase(), how, false, false));
  }

  private static boolean etiologyJustBefore(AnalyzedSentence s, Match fracture) {
    return s.matches().stream().anyMatch(m -> m.to() <= fracture.from() && fracture.from() - m.to() <= 1
        && (m.in(Vocabulary.ETIOLOGY_PATHOLOGIC) || m.in(Vocabulary.ETIOLOGY_OSTEOPOROSIS)
        || m.in(Vocabulary.ETIOLOGY_MALIGNANCY) || m.in(Vocabulary.ETIOLOGY_TRAUMA)));
  }

  /** The phrase of {@code vocabulary} nearest to {@code target} in its clause, within {@code words} words. */
  static Match nearest(AnalyzedSentence s, Vocabulary vocabulary, Match target, int words) {
    Match best = null;
    for (Match m : s.matches()) {
      if (m.in(vocabulary) && s.clause(m.from()) == s.clause(target.from()) && distance(s, m, target) <= words
          && (best == null || distance(s, m, target) < distance(s, best, target))) {
        best = m;
      }
    }
    return best;
  }

  private static int distance(AnalyzedSentence s, Match a, Match b) {
    if (a == b) {
      return 0;
    }
    return a.to() <= b.from() ? s.wordsBetween(a.to(), b.from()) : s.wordsBetween(b.to(), a.from());
  }

  private static Candidate candidate(FactKey key, String value, Match match, Status status, boolean weak,
      AnalyzedSentence s) {
    String last = s.tokens().get(match.to() - 1).text();
    boolean plural = last.endsWith("s") && !last.endsWith("is") && !last.endsWith("ss") && !last.endsWith("us");
    return new Candidate(key, value, match.from(), match.to(), match.phrase(), status.how(), weak, plural);
  }

  /** The triggers covering a phrase. */
  record Status(int negated, int hedged, boolean ignored, String negCue, String hedgeCue) {
    static Status of(Lexicon lexicon, AnalyzedSentence s, int from, int to) {
      int neg = s.covered(Category.NEGATED, from, to);
      int hedge = s.covered(Category.UNCERTAIN, from, to);
      if (neg >= 0 && hedge < 0 && CONTRASTS.contains(s.matches().get(neg).phrase())) {
        hedge = hedgeBefore(s, s.matches().get(neg).from());
      }
      boolean ignored = s.covered(Category.IGNORED, from, to) >= 0 || s.covered(Category.HYPOTHETICAL, from, to) >= 0
          || neg >= 0 && hedge < 0 && qualified(lexicon, s, s.matches().get(neg), from);
      return new Status(neg, hedge, ignored, neg < 0 ? null : s.matches().get(neg).phrase(),
          hedge < 0 ? null : s.matches().get(hedge).phrase());
    }

    /** "No evidence of an acute fracture": a negation of a new or acute one says nothing of the others. */
    private static boolean qualified(Lexicon lexicon, AnalyzedSentence s, Match negation, int target) {
      int start = negation.to() <= target ? negation.to() : Math.max(0, target - 3);
      for (int t = start; t < target; t++) {
        if (lexicon.has(Vocabulary.NEGATION_QUALIFIERS, s.tokens().get(t).text())) {
          return true;
        }
      }
      return false;
    }

    /** "may represent a Schmorl node rather than a fracture": the contrast is hedged too. */
    private static int hedgeBefore(AnalyzedSentence s, int at) {
      for (int m = 0; m < s.matches().size(); m++) {
        Match match = s.matches().get(m);
        if (match.to() <= at && s.clause(match.from()) == s.clause(at)
            && (match.in(Vocabulary.HEDGE_FORWARD) || match.in(Vocabulary.HEDGE_BACKWARD))) {
          return m;
        }
      }
      return -1;
    }

    Status or(Status other) {
      return new Status(negated >= 0 ? negated : other.negated, hedged >= 0 ? hedged : other.hedged, ignored
          || other.ignored,
          negCue != null ? negCue : other.negCue, hedgeCue != null ? hedgeCue : other.hedgeCue);
    }

    boolean plain() {
      return negated < 0 && hedged < 0 && !ignored;
    }

    String value(String stated) {
      return hedged >= 0 ? Candidate.UNCERTAIN : negated >= 0 ? Candidate.FALSE : stated;
    }

    String how() {
      return hedged >= 0 ? "hedged by '" + hedgeCue + "'" : negated >= 0 ? "negated by '" + negCue + "'" : "stated";
    }
  }
}
