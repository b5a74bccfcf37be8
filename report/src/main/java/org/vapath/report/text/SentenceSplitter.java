package org.vapath.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a
 * space and a capital or a digit, except after an abbreviation ("Dr.", "vs.", "approx.") or a
 * list number ("2. Chronic ..."); a decimal ("1.5 cm") has no space after its point, and a level
 * at the end of a sentence ("... of L1. No retropulsion.") ends it. A list number at the start of
 * a sentence is not part of it.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "prof", "vs", "approx", "e.g", "i.e",
      "eg", "ie", "etc", "st", "fig", "cf", "incl", "resp", "pt", "pts", "hx", "sx", "dx", "tx", "yr", "yrs", "mo",
          "wk",
      "wks", "al", "ca", "est", "max", "min", "sag", "ax", "cor");
  private static final Pattern LIST_NUMBER = Pattern.compile("^\\(?\\d{1,2}[.)]\\s+");

  private SentenceSplitter() {
  }

  /** The sentences of {@code text} between {@code from} and {@code to}. */
  public static List<Sentence> split(String text, int from, int to) {
    List<Sentence> sentences = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && endsSentence(text, start, i, to)) {
        add(sentences, text, start, i + 1);
        start = i + 1;
      }
    }
    add(sentences, text, start, to);
    return sentences;
  }

  private static boolean endsSentence(String text, int start, int at, int to) {
    int next = at + 1;
    if (next < to && !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    String before = text.substring(start, at).strip();
    if (before.isEmpty() || before.chars().allMatch(Character::isDigit)) {
      return false; // a lone "?" or a list number
    }
    int j = next;
    while (j < to && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j < to && Character.isLowerCase(text.charAt(j))) {
      return false;
    }
    return text.charAt(at) != '.' || !ABBREVIATIONS.contains(lastWord(before));
  }

  private static String lastWord(String before) {
    int k = before.length();
    while (k > 0 && (Character.isLetter(before.charAt(k - 1)) || before.charAt(k - 1) == '.')) {
      k--;
    }
    return before.substring(k).toLowerCase(Locale.ROOT);
  }

  private static void add(List<Sentence> sentences, String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e && (Character.isDigit(text.charAt(s)) || text.charAt(s) == '(')) {
      Matcher number = LIST_NUMBER.matcher(text.substring(s, e));
      if (number.find()) {
        s += number.end();
      }
    }
    if (s < e) {
      sentences.add(new Sentence(s, e, text.substring(s, e)));
    }
  }
}
