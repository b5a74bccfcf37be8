package org.vapath.report.levels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vapath.core.model.VertebralLevel;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Table;
import org.vapath.report.lexicon.Vocabulary;

/**
 * Finds the levels a sentence names: "T12", "L1", "the first lumbar vertebra", pairs and ranges
 * ("T11-L1", "L4-5", "L4/L5", "from T11 to L1") and slips ("L4 on L5"). "T1" and "T2" followed by
 * a signal word ("T1 hypointense", "T2-weighted") or after a plane ("sagittal T1") are MRI
 * sequences, not vertebrae.
 */
public final class LevelFinder {
  private static final Pattern LEVEL = Pattern.compile("(?<![A-Za-z0-9])([CTLS])-?(\\d{1,2})(?![A-Za-z0-9])");
  private static final Pattern DASH_OR_SLASH = Pattern.compile("^\\s*[-\u2013\u2014/]\\s*$");
  private static final Pattern TO = Pattern.compile("^\\s+(?:to|through|thru)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ON = Pattern.compile("^\\s+on\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHORT_SECOND = Pattern.compile("^\\s*[-\u2013/]\\s*(\\d{1,2})(?![A-Za-z0-9]|\\.\\d)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+|\\*");
  private static final Pattern LISTED_AFTER =
      Pattern.compile("^\\s*(?:,|/|and|or|,\\s*and)\\s*(T[12]|STIR|FLAIR|PD)(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
  private static final Pattern LISTED_BEFORE =
      Pattern.compile("(?<![A-Za-z0-9])(T[12])\\s*(?:,|/|and|or|,\\s*and)\\s*$");
  /** Words before "T1"/"T2" that make them sequences: planes, and signal ("low T1 and high STIR signal"). */
  private static final List<String> PLANES = List.of("sagittal", "sag", "axial", "ax", "coronal", "cor", "on",
      "low", "high",
      "intermediate", "increased", "decreased", "bright", "dark", "heterogeneous", "homogeneous", "abnormal",
          "hyperintense",
      "hypointense");

  private final Lexicon lexicon;
  private final Pattern ordinal;
  private final Pattern inWords;

  public LevelFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    String ordinal = "(?:" + alternatives(lexicon.table(Table.ORDINALS)) + ")";
    this.ordinal = Pattern.compile("(?i)(?<![A-Za-z0-9])" + ordinal + "(?![A-Za-z])");
    this.inWords = Pattern.compile("(?i)(?<![A-Za-z])(?:the\\s+)?(" + ordinal + "(?:\\s*,\\s*(?:and\\s+)?" + ordinal
        + "|\\s+(?:and|or|to|through)\\s+" + ordinal + ")*)\\s+(" + alternatives(lexicon.table(Table.REGIONS))
            + ")\\s+("
        + alternatives(lexicon.terms(Vocabulary.LEVEL_NOUNS)) + ")(?![A-Za-z])");
  }

  /** The anchors of {@code text}, a sentence starting at {@code offset} in the report, in order. */
  public List<Anchor> find(String text, int offset) {
    List<Single> singles = singles(text);
    List<Anchor> anchors = new ArrayList<>();
    int i = 0;
    while (i < singles.size()) {
      Single a = singles.get(i);
      Single b = i + 1 < singles.size() ? singles.get(i + 1) : null;
      Anchor joined = b == null ? null : joined(text, a, b, offset);
      if (joined != null) {
        anchors.add(joined);
        i += 2;
        continue;
      }
      anchors.add(shortPair(text, a, offset).orElse(new Anchor(Anchor.Kind.LEVEL, List.of(a.level()), offset
          + a.start(), offset + a.end())));
      i++;
    }
    anchors.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return anchors;
  }

  private record Single(VertebralLevel level, int start, int end) {
  }

  private List<Single> singles(String text) {
    List<Single> singles = new ArrayList<>();
    Matcher m = LEVEL.matcher(mayNameLevel(text) ? text : "");
    while (m.find()) {
      level(m.group(1), Integer.parseInt(m.group(2)))
          .filter(level -> !isSequence(text, m.start(), m.end(), level))
          .ifPresent(level -> singles.add(new Single(level, m.start(), m.end())));
    }
    if (namesRegion(text)) {
      Matcher words = inWords.matcher(text);
      while (words.find()) {
        inWords(text, words, singles);
      }
    }
    singles.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return singles;
  }

  /** Whether a capital C, T, L or S is followed by a digit or a dash: most sentences name no level. */
  private static boolean mayNameLevel(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if ((c == 'C' || c == 'T' || c == 'L' || c == 'S') && (Character.isDigit(next) || next == '-')) {
        return true;
      }
    }
    return false;
  }

  /** Whether a region word ("lumbar") is in the text: levels in words need one, and most sentences have none. */
  private boolean namesRegion(String text) {
    for (String region : lexicon.table(Table.REGIONS).keySet()) {
      char first = region.charAt(0);
      for (int i = 0; i + region.length() <= text.length(); i++) {
        if (Character.toLowerCase(text.charAt(i)) == first && text.regionMatches(true, i, region, 0, region.length())) {
          return true;
        }
      }
    }
    return false;
  }


  /** "the eighth and ninth thoracic vertebral bodies": one level per ordinal, the last one spanning the noun. */
  private void inWords(String text, Matcher words, List<Single> singles) {
    String letter = lexicon.table(Table.REGIONS).get(words.group(2).toLowerCase(Locale.ROOT));
    Matcher each = ordinal.matcher(text).region(words.start(1), words.end(1));
    List<int[]> spans = new ArrayList<>();
    while (each.find()) {
      int number = Integer.parseInt(lexicon.table(Table.ORDINALS).get(each.group().toLowerCase(Locale.ROOT)));
      spans.add(new int[] {number, each.start(), each.end()});
    }
    for (int k = 0; k < spans.size(); k++) {
      int[] span = spans.get(k);
      int start = k == 0 ? words.start() : span[1];
      int end = k == spans.size() - 1 ? words.end() : span[2];
      level(letter, span[0]).ifPresent(level -> singles.add(new Single(level, start, end)));
    }
  }

  private Anchor joined(String text, Single a, Single b, int offset) {
    String between = text.substring(a.end(), b.start());
    int step = b.level().ordinal() - a.level().ordinal();
    boolean dash = DASH_OR_SLASH.matcher(between).matches();
    int start = offset + a.start();
    int end = offset + b.end();
    if (ON.matcher(between).matches()) {
      return new Anchor(Anchor.Kind.SEGMENT, List.of(a.level(), b.level()), start, end);
    }
    if (step <= 0 || !dash && !TO.matcher(between).matches()) {
      return null;
    }
    if (step > 1 || !dash) {
      return new Anchor(Anchor.Kind.RANGE, span(a.level(), b.level()), start, end);
    }
    Anchor.Kind kind = discWordAfter(text, b.end()) ? Anchor.Kind.DISC : Anchor.Kind.PAIR;
    return new Anchor(kind, List.of(a.level(), b.level()), start, end);
  }

  private Optional<Anchor> shortPair(String text, Single a, int offset) {
    Matcher m = SHORT_SECOND.matcher(text.substring(a.end()));
    if (!m.find()) {
      return Optional.empty();
    }
    String letter = a.level().name().substring(0, 1);
    Optional<VertebralLevel> second = level(letter, Integer.parseInt(m.group(1)));
    if (second.isEmpty() || second.get().ordinal() <= a.level().ordinal()) {
      return Optional.empty();
    }
    int end = offset + a.end() + m.end();
    Anchor.Kind kind = second.get().ordinal() - a.level().ordinal() == 1 ? Anchor.Kind.DISC : Anchor.Kind.RANGE;
    return Optional.of(new Anchor(kind, span(a.level(), second.get()), offset + a.start(), end));
  }

  private boolean discWordAfter(String text, int from) {
    Matcher word = WORD.matcher(text.substring(from));
    return word.find() && text.substring(from, from + word.start()).isBlank()
        && lexicon.has(Vocabulary.LEVEL_DISC_WORDS, word.group().toLowerCase(Locale.ROOT));
  }

  /** Whether "T1"/"T2" at this place is an MRI sequence rather than a vertebra. */
  private boolean isSequence(String text, int start, int end, VertebralLevel level) {
    return (level == VertebralLevel.T1 || level == VertebralLevel.T2)
        && (sequenceBefore(text, start) || sequenceAfter(text, end));
  }

  /** "sagittal T1", "hypointense on T1", and "T2" in "STIR, T1" or in a list after a sequence ("T1, T2"). */
  private boolean sequenceBefore(String text, int start) {
    String head = text.substring(0, start);
    String before = lastWord(head);
    if (lexicon.has(Vocabulary.LEVEL_SEQUENCE_WORDS, before) || PLANES.contains(before)) {
      return true;
    }
    Matcher listed = LISTED_BEFORE.matcher(head);
    return listed.find() && sequenceBefore(head, listed.start(1));
  }

  /** "T1 hypointense", "T2-weighted", and "T1" in a list before a sequence ("T1 and T2 hyperintense",
      "T1, T2 and STIR"). */
  private boolean sequenceAfter(String text, int end) {
    String after = text.substring(end);
    Matcher next = WORD.matcher(after);
    if (!next.find()) {
      return false;
    }
    String word = next.group().toLowerCase(Locale.ROOT);
    if (lexicon.has(Vocabulary.LEVEL_SEQUENCE_WORDS, word) || "*".equals(word)) {
      return true;
    }
    Matcher listed = LISTED_AFTER.matcher(after);
    return listed.find() && (!listed.group(1).toUpperCase(Locale.ROOT).startsWith("T") || sequenceAfter(after,
        listed.end(1)));
  }


  private static String lastWord(String text) {
    Matcher m = Pattern.compile("([A-Za-z]+)[\\s,/]*$").matcher(text);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static Optional<VertebralLevel> level(String letter, int number) {
    int max = switch (letter) {
      case "C" -> 7;
      case "T" -> 12;
      default -> 5;
    };
    return number >= 1 && number <= max ? Optional.of(VertebralLevel.valueOf(letter + number)) : Optional.empty();
  }

  private static List<VertebralLevel> span(VertebralLevel from, VertebralLevel to) {
    List<VertebralLevel> levels = new ArrayList<>();
    for (int o = from.ordinal(); o <= to.ordinal(); o++) {
      levels.add(VertebralLevel.values()[o]);
    }
    return levels;
  }

  private static String alternatives(Map<String, String> table) {
    return alternatives(List.copyOf(table.keySet()));
  }

  private static String alternatives(List<String> words) {
    return words.stream().sorted((x, y) -> y.length() - x.length())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }
}
