package org.vapath.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Vocabulary;

/**
 * The lines of a report with their sections. A heading is a line's label before a colon that the
 * lexicon names ("FINDINGS:", "Clinical history:", "Impression: ..."), or a line that is only such
 * a word; the first line, when it is not a heading, is the examination's title.
 */
public final class Layout {
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|[-\u2022*])\\s+");
  /** A heading alone on its line is short; longer lines are text. */
  private static final int MAX_HEADING = 40;
  private static final Pattern TRAILING_COLON = Pattern.compile("[:.]$");
  private static final Pattern LABEL = Pattern.compile("^([^:()\\n]{1,60}?)\\s*:(?!\\d)\\s*");

  /** Words a sentence does not end with: a line ending on one was wrapped. */
  private static final java.util.Set<String> OPEN_WORDS = java.util.Set.of("a", "an", "the", "of", "at", "to", "in",
      "on", "with", "without", "and", "or", "no", "not", "nor", "from", "by", "for", "is", "are", "was", "were",
      "there", "which", "that", "but", "as", "than", "into", "involving", "including", "either", "neither");

  private final Lexicon lexicon;

  public Layout(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The lines of {@code report}, in order, blank ones included (they end a heading's list). */
  public List<Line> lines(String report) {
    List<Line> lines = new ArrayList<>();
    Section section = null;
    int start = 0;
    int index = 0;
    while (start <= report.length()) {
      int end = report.indexOf('\n', start);
      if (end < 0) {
        end = report.length();
      }
      Line line = line(report, index, start, stripEnd(report, start, end), section);
      Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (previous != null && continues(report, previous, line)) {
        // A sentence wrapped at a fixed width: one line, so that a negation's scope crosses the break.
        lines.set(lines.size() - 1, new Line(previous.index(), previous.section(), previous.listItem(),
            previous.start(), previous.contentStart(), line.end()));
      } else {
        index++;
        if (line.section() != null) {
          section = line.section();
        }
        lines.add(line);
      }
      start = end + 1;
    }
    return lines;
  }

  /**
   * Whether {@code next} goes on the sentence {@code previous} left open: both are text of the same
   * section (no heading, no list item, not the title), {@code previous} ends without a sentence's
   * end, and {@code next} starts in lower case or {@code previous} ends on a word no sentence ends with.
   */
  private static boolean continues(String report, Line previous, Line next) {
    if (previous.isBlank() || next.isBlank() || next.listItem() || next.contentStart() != skipSpace(report,
        next.start(), next.end()) || previous.section() != next.section() || previous.section() == Section.TITLE
        || previous.section() == Section.SIGNATURE) {
      return false;
    }
    char last = report.charAt(previous.end() - 1);
    if (".?!:;".indexOf(last) >= 0) {
      return false;
    }
    char first = report.charAt(next.contentStart());
    if (Character.isLowerCase(first)) {
      return true;
    }
    int word = previous.end();
    while (word > previous.contentStart() && Character.isLetter(report.charAt(word - 1))) {
      word--;
    }
    return OPEN_WORDS.contains(report.substring(word, previous.end()).toLowerCase(java.util.Locale.ROOT));
  }

  private Line line(String report, int index, int start, int end, Section current) {
    int content = skipSpace(report, start, end);
    if (content >= end) {
      return new Line(index, current, false, start, end, end);
    }
    String rest = report.substring(content, end);
    if (startsWith(rest, Vocabulary.SECTION_SIGNATURE)) {
      return new Line(index, Section.SIGNATURE, false, start, end, end);
    }
    Matcher marker = LIST_MARKER.matcher(rest);
    boolean listItem = marker.find();
    if (listItem) {
      content += marker.end();
      rest = report.substring(content, end);
    }
    Section heading = rest.length() > MAX_HEADING ? null : heading(TRAILING_COLON.matcher(rest.strip()).replaceAll(""));
    if (heading != null) {
      return new Line(index, heading, false, start, end, end);
    }
    Matcher label = LABEL.matcher(rest);
    if (label.find()) {
      Section named = heading(label.group(1));
      if (named != null) {
        return new Line(index, named, listItem, start, content + label.end(), end);
      }
    }
    Section section = current == null ? Section.TITLE : current == Section.TITLE ? Section.BODY : current;
    return new Line(index, section, listItem, start, content, end);
  }

  private Section heading(String label) {
    String words = Tokenizer.normalize(label);
    if (lexicon.has(Vocabulary.SECTION_HISTORY, words)) {
      return Section.HISTORY;
    }
    if (lexicon.has(Vocabulary.SECTION_TECHNIQUE, words)) {
      return Section.TECHNIQUE;
    }
    if (lexicon.has(Vocabulary.SECTION_COMPARISON, words)) {
      return Section.COMPARISON;
    }
    if (lexicon.has(Vocabulary.SECTION_EXAM, words)) {
      return Section.TITLE;
    }
    if (lexicon.has(Vocabulary.SECTION_FINDINGS, words)) {
      return Section.FINDINGS;
    }
    return lexicon.has(Vocabulary.SECTION_IMPRESSION, words) ? Section.IMPRESSION : null;
  }

  private boolean startsWith(String text, Vocabulary vocabulary) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String first = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    if (lexicon.phrases(vocabulary).stream().noneMatch(p -> p.equals(first) || p.startsWith(first + " "))) {
      return false; // most lines: the first word starts no phrase of the list
    }
    String words = Tokenizer.normalize(text.length() > MAX_HEADING ? text.substring(0, MAX_HEADING) : text) + " ";
    for (String phrase : lexicon.phrases(vocabulary)) {
      if (words.startsWith(phrase + " ")) {
        return true;
      }
    }
    return false;
  }




  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int stripEnd(String text, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
