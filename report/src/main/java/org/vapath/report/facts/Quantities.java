package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.report.FactKey;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.context.Category;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Table;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Token;
import org.vapath.report.text.Tokenizer;

/**
 * Height loss in percent and Genant grades. A figure (a percentage or a fraction word) is height
 * loss only beside "height" and a word of loss ("30% loss of height", "height loss of one third"),
 * or right before "collapse"; "reduced to 40% of the posterior height" is 60. A "grade N" is a
 * Genant grade only in a sentence about a fracture and away from slip, Lung-RADS, Bilsky and the like.
 */
final class Quantities {
  private static final int REACH = 6;
  private static final Set<String> APPROXIMATE = Set.of("approximately", "approx", "about", "roughly", "nearly",
      "estimated",
      "an", "~", "almost", "up", "to", "at", "least", "over", "more", "than", "some", "of", "a");
  private static final Set<String> POSITIONS = Set.of("anterior", "central", "posterior", "midbody", "middle",
      "vertebral",
      "body", "superior", "inferior");
  private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3);

  private final Lexicon lexicon;
  /** The fractions by their first word, the longest first. */
  private final Map<String, List<Fraction>> fractions;

  private record Fraction(List<String> words, int percent) {
  }

  private record Figure(int percent, int from, int to) {
  }

  Quantities(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.fractions = lexicon.table(Table.FRACTIONS).entrySet().stream()
        .map(e -> new Fraction(Tokenizer.words(e.getKey()), Integer.parseInt(e.getValue())))
        .sorted((a, b) -> b.words().size() - a.words().size())
        .collect(java.util.stream.Collectors.groupingBy(f -> f.words().get(0), java.util.LinkedHashMap::new,
            java.util.stream.Collectors.toList()));
  }

  List<Candidate> find(AnalyzedSentence s) {
    List<Candidate> found = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Figure figure = figureAt(tokens, i);
      if (figure != null) {
        Integer lost = heightLost(s, figure);
        if (lost != null && lost > 0 && lost <= 100 && plain(s, figure.from(), figure.to())) {
          found.add(new Candidate(FactKey.HEIGHT_LOSS_PERCENT, String.valueOf(lost), figure.from(), figure.to(),
              text(s, figure.from(), figure.to()), "stated", false, false));
        }
        i = figure.to() - 1;
      }
      Candidate grade = grade(s, i);
      if (grade != null) {
        found.add(grade);
      }
    }
    return found;
  }

  private Figure figureAt(List<Token> tokens, int i) {
    String word = tokens.get(i).text();
    if (Character.isDigit(word.charAt(0)) && i + 1 < tokens.size()
        && ("%".equals(tokens.get(i + 1).text()) || "percent".equals(tokens.get(i + 1).text()))) {
      try {
        return new Figure((int) Math.round(Double.parseDouble(word)), i, i + 2);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    for (Fraction fraction : fractions.getOrDefault(word, List.of())) {
      if (startsAt(tokens, i, fraction.words())) {
        return new Figure(fraction.percent(), i, i + fraction.words().size());
      }
    }
    return null;
  }

  /** The height lost that a figure states, or null when it is not about height. */
  private Integer heightLost(AnalyzedSentence s, Figure figure) {
    List<Token> tokens = s.tokens();
    int after = figure.to();
    if (collapseAfter(tokens, after)) {
      return figure.percent();
    }
    if (remainingAfter(tokens, after)) {
      return 100 - figure.percent();
    }
    int height = find(tokens, after, 1, Vocabulary.HEIGHT_WORDS, s);
    if (height >= 0 && (hasLossWord(tokens, after, Math.min(tokens.size(), height + 3))
        || hasLossWord(tokens, figure.from() - 3, figure.from()))) {
      return figure.percent();
    }
    int before = find(tokens, figure.from() - 1, -1, Vocabulary.HEIGHT_WORDS, s);
    if (before >= 0) {
      if (figure.from() >= 2 && "to".equals(tokens.get(figure.from() - 1).text())
          && lexicon.has(Vocabulary.HEIGHT_LOSS_WORDS, tokens.get(figure.from() - 2).text())) {
        return 100 - figure.percent();
      }
      return hasLossWord(tokens, before, figure.from()) ? figure.percent() : null;
    }
    return bareInBrackets(s, figure) ? figure.percent() : null;
  }

  /** "30% collapse", "20% anterior wedging": a collapse word right after the figure, or after one position word. */
  private boolean collapseAfter(List<Token> tokens, int at) {
    for (int t = at; t < Math.min(tokens.size(), at + 2); t++) {
      String word = tokens.get(t).text();
      if (lexicon.has(Vocabulary.HEIGHT_COLLAPSE_WORDS, word)) {
        return true;
      }
      if (!POSITIONS.contains(word)) {
        return false;
      }
    }
    return false;
  }

  /** "X% of the posterior height": the height left, not lost. */
  private boolean remainingAfter(List<Token> tokens, int at) {
    int i = at;
    if (i >= tokens.size() || !"of".equals(tokens.get(i).text())) {
      return false;
    }
    i++;
    if (i < tokens.size() && ("the".equals(tokens.get(i).text()) || "its".equals(tokens.get(i).text()))) {
      i++;
    }
    return i < tokens.size() && lexicon.has(Vocabulary.HEIGHT_REMAINING_WORDS, tokens.get(i).text())
        && find(tokens, i, 1, Vocabulary.HEIGHT_WORDS, null) >= 0;
  }

  /** "T8 (approximately 25%)" right after a fractured level: the figure is its height loss. */
  private boolean bareInBrackets(AnalyzedSentence s, Figure figure) {
    int group = s.paren(figure.from());
    if (group == 0 || s.paren(figure.to()) != group && figure.to() < s.tokens().size()
        && !")".equals(s.tokens().get(figure.to()).text())) {
      return false;
    }
    int open = s.parenOpen(group);
    for (int t = open + 1; t < figure.from(); t++) {
      if (!APPROXIMATE.contains(s.tokens().get(t).text())) {
        return false;
      }
    }
    boolean fracture = s.has(Vocabulary.FRACTURE);
    boolean blocked = s.matches().stream().anyMatch(m -> m.in(Vocabulary.CANAL) || m.in(Vocabulary.CANAL_DEGENERATIVE))
        || s.tokens().stream().anyMatch(t -> lexicon.has(Vocabulary.HEIGHT_BLOCKERS, t.text())
        || lexicon.has(Vocabulary.GRADE_BLOCKERS, t.text()));
    return fracture && !blocked && open > 0 && s.anchors().stream().anyMatch(a
        -> s.anchorTo(s.anchors().indexOf(a)) == open);
  }

  /** The first token of {@code words} from {@code from} in direction {@code step},
      within reach and before a blocker. */
  private int find(List<Token> tokens, int from, int step, Vocabulary words, AnalyzedSentence s) {
    int seen = 0;
    for (int t = from; t >= 0 && t < tokens.size() && seen <= REACH; t += step) {
      String word = tokens.get(t).text();
      if (lexicon.has(words, word)) {
        return t;
      }
      if (lexicon.has(Vocabulary.HEIGHT_BLOCKERS, word) || ";".equals(word) || ",".equals(word)
          || s != null && inAnchor(s, tokens.get(t))) {
        return -1;
      }
      if (tokens.get(t).isWord()) {
        seen++;
      }
    }
    return -1;
  }

  private static boolean inAnchor(AnalyzedSentence s, Token token) {
    return s.anchors().stream().anyMatch(a -> token.start() >= a.start() && token.end() <= a.end());
  }

  private boolean hasLossWord(List<Token> tokens, int from, int to) {
    for (int t = Math.max(0, from); t < to; t++) {
      if (lexicon.has(Vocabulary.HEIGHT_LOSS_WORDS, tokens.get(t).text())) {
        return true;
      }
    }
    return false;
  }

  private Candidate grade(AnalyzedSentence s, int i) {
    List<Token> tokens = s.tokens();
    String word = tokens.get(i).text();
    boolean genant = "genant".equals(word);
    boolean afterGenant = i > 0 && "genant".equals(tokens.get(i - 1).text());
    if (!"grade".equals(word) && !genant || afterGenant || i + 1 >= tokens.size()) {
      return null; // "Genant grade 3" is read once, at "Genant"
    }
    int at = i + 1;
    if (genant && "grade".equals(tokens.get(at).text()) && at + 1 < tokens.size()) {
      at++;
    }
    Integer grade = ROMAN.getOrDefault(tokens.get(at).text(), parseGrade(tokens.get(at).text()));
    if (grade == null || !plain(s, i, at + 1)) {
      return null;
    }
    if (!genant && (!s.has(Vocabulary.FRACTURE) || blockedGrade(s, i, at))) {
      return null;
    }
    return new Candidate(FactKey.GENANT_GRADE, String.valueOf(grade), i, at + 1, text(s, i, at + 1), "stated",
        false, false);
  }

  private boolean blockedGrade(AnalyzedSentence s, int from, int to) {
    List<Token> tokens = s.tokens();
    for (int t = Math.max(0, from - REACH); t < Math.min(tokens.size(), to + REACH); t++) {
      if (lexicon.has(Vocabulary.GRADE_BLOCKERS, tokens.get(t).text())) {
        return true;
      }
    }
    return false;
  }

  private static Integer parseGrade(String word) {
    return word.length() == 1 && word.charAt(0) >= '1' && word.charAt(0) <= '3' ? word.charAt(0) - '0' : null;
  }

  /** A figure counts unless asked about, recommended or about what is not new ("if height loss exceeds 50%"). */
  private static boolean plain(AnalyzedSentence s, int from, int to) {
    return s.covered(Category.IGNORED, from, to) < 0 && s.covered(Category.HYPOTHETICAL, from, to) < 0
        && s.covered(Category.NEGATED, from, to) < 0;
  }

  private static boolean startsAt(List<Token> tokens, int at, List<String> words) {
    if (at + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!words.get(k).equals(tokens.get(at + k).text())) {
        return false;
      }
    }
    return true;
  }

  private static String text(AnalyzedSentence s, int from, int to) {
    int start = s.tokens().get(from).start() - s.sentence().start();
    int end = s.tokens().get(to - 1).end() - s.sentence().start();
    return s.sentence().text().substring(start, end);
  }
}
