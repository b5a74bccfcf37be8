package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vapath.core.model.VertebralLevel;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.context.Match;
import org.vapath.report.context.SentenceAnalyzer;
import org.vapath.report.levels.Anchor;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Line;
import org.vapath.report.text.Sentence;
import org.vapath.report.text.Token;

/**
 * Reads the label before a colon at the start of a line. A level ("T6:") is the line's subject;
 * a disc ("L4-5:") or a label not about vertebrae ("Discs:", "Lungs:") makes the line say
 * nothing of a vertebra unless a sentence names one; "Other levels:" limits the line; a label
 * that states a fact is not a label: it is a heading when the line ends at its colon ("Acute
 * traumatic fractures:"), or the start of the sentence ("Pathologic fractures in myeloma: ...").
 */
public final class LineLabels {
  private static final Pattern LABEL = Pattern.compile("^([^:()\\n]{1,60}?)\\s*:(?!\\d)\\s*");
  private static final int MAX_LABEL_WORDS = 6;
  /** A line that is only a level is short. */
  private static final int MAX_HEADING = 30;
  private static final Set<Vocabulary> FACT_WORDS = EnumSet.of(Vocabulary.FRACTURE, Vocabulary.ACUITY_ACUTE,
      Vocabulary.ACUITY_SUBACUTE, Vocabulary.ACUITY_CHRONIC, Vocabulary.EDEMA, Vocabulary.RETROPULSION,
          Vocabulary.CANAL,
      Vocabulary.WALL, Vocabulary.ETIOLOGY_OSTEOPOROSIS, Vocabulary.ETIOLOGY_MALIGNANCY, Vocabulary.ETIOLOGY_PATHOLOGIC,
      Vocabulary.ETIOLOGY_HEMANGIOMA, Vocabulary.ETIOLOGY_TRAUMA, Vocabulary.ETIOLOGY_INFECTION, Vocabulary.CEMENT);
  private static final Set<String> LABEL_FILLERS = Set.of("and", ",", ".", "level", "levels", "vertebra",
      "vertebrae", "the",
      "body", "bodies", "vertebral", "&", "/");

  private final SentenceAnalyzer analyzer;

  public LineLabels(SentenceAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** How a line reads: its subject, where its sentences start, and whether it is a heading. */
  public record Label(LineState.Subject subject, List<VertebralLevel> levels, int contentStart, boolean heading,
      boolean levelHeading) {
    Label(LineState.Subject subject, List<VertebralLevel> levels, int contentStart, boolean heading) {
      this(subject, levels, contentStart, heading, false);
    }
  }

  /**
   * How a line reads. A line that is only a level ("T12:", "Level: T12") is a level heading: the
   * lines under it are about that level, as in a templated report.
   */
  public Label of(String report, Line line) {
    Label label = label(report, line);
    if (label.subject() == LineState.Subject.VERTEBRAL && label.contentStart() >= line.end()) {
      return new Label(label.subject(), label.levels(), label.contentStart(), false, true);
    }
    if (label.subject() == LineState.Subject.NONE && !label.heading()
        && line.end() - label.contentStart() <= MAX_HEADING) {
      AnalyzedSentence rest = analyzer.analyze(new Sentence(label.contentStart(), line.end(),
          report.substring(label.contentStart(), line.end())));
      List<VertebralLevel> levels = vertebrae(rest);
      if (!rest.anchors().isEmpty() && onlyPlaces(rest) && !levels.isEmpty()) {
        return new Label(LineState.Subject.VERTEBRAL, levels, line.end(), false, true);
      }
    }
    return label;
  }

  private static List<VertebralLevel> vertebrae(AnalyzedSentence s) {
    List<VertebralLevel> levels = new ArrayList<>();
    s.anchors().stream().filter(a -> a.kind() == Anchor.Kind.LEVEL || a.kind() == Anchor.Kind.RANGE)
        .forEach(a -> levels.addAll(a.levels()));
    return levels;
  }

  private Label label(String report, Line line) {
    String content = report.substring(line.contentStart(), line.end());
    Matcher m = LABEL.matcher(content);
    if (!m.find() || m.group(1).isBlank()) {
      return new Label(LineState.Subject.NONE, List.of(), line.contentStart(), false);
    }
    int after = line.contentStart() + m.end();
    Sentence label = new Sentence(line.contentStart(), line.contentStart() + m.group(1).length(), m.group(1));
    AnalyzedSentence s = analyzer.analyze(label);
    if (s.tokens().stream().filter(Token::isWord).count() > MAX_LABEL_WORDS) {
      return new Label(LineState.Subject.NONE, List.of(), line.contentStart(), false);
    }
    if (!s.anchors().isEmpty() && onlyPlaces(s)) {
      List<VertebralLevel> levels = vertebrae(s);
      return new Label(levels.isEmpty() ? LineState.Subject.NON_VERTEBRAL : LineState.Subject.VERTEBRAL, levels,
          after, false);
    }
    if (s.has(Vocabulary.SCOPE_LIMITER)) {
      return new Label(LineState.Subject.LIMITED, List.of(), after, false);
    }
    if (s.matches().stream().anyMatch(match -> match.lists().stream().anyMatch(FACT_WORDS::contains))
        || s.tokens().stream().anyMatch(t -> analyzer.lexicon().has(Vocabulary.HEIGHT_WORDS, t.text())
        || "grade".equals(t.text()) || "genant".equals(t.text()))) {
      boolean heading = after >= line.end();
      return new Label(LineState.Subject.NONE, List.of(), line.contentStart(), heading);
    }
    boolean elsewhere = s.matches().stream().anyMatch(match -> match.in(Vocabulary.SITES_NON_VERTEBRAL))
        || topic(s);
    return new Label(elsewhere ? LineState.Subject.NON_VERTEBRAL : LineState.Subject.NONE, List.of(), after, false);
  }

  private boolean topic(AnalyzedSentence s) {
    String words = String.join(" ", s.tokens().stream().filter(Token::isWord).map(Token::text).toList());
    return analyzer.lexicon().mentions(Vocabulary.TOPIC_NON_VERTEBRAL, words);
  }


  private static boolean onlyPlaces(AnalyzedSentence s) {
    for (int t = 0; t < s.tokens().size(); t++) {
      int token = t;
      boolean inAnchor = false;
      for (int a = 0; a < s.anchors().size(); a++) {
        inAnchor |= token >= s.anchorFrom(a) && token < s.anchorTo(a);
      }
      if (!inAnchor && !LABEL_FILLERS.contains(s.tokens().get(t).text())) {
        return false;
      }
    }
    return s.matches().stream().allMatch(Match::isPlace);
  }
}
