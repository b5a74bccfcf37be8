package org.vapath.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens: runs of letters and digits (a decimal such as {@code 1.5} stays one
 * token), and single punctuation marks. Hyphens and dashes separate words and are dropped, so that
 * "one-third", "edema-like" and "post-kyphoplasty" match the lexicon's "one third", "edema like"
 * and "post kyphoplasty" with one spelling.
 */
public final class Tokenizer {
  private Tokenizer() {
  }

  /** The tokens of {@code text}, with spans counted from {@code offset}. */
  public static List<Token> tokenize(CharSequence text, int offset) {
    String original = text.toString();
    String lower = original.toLowerCase(Locale.ROOT);
    // Lower-casing once keeps the spans only when it keeps the length (it does but for a few letters, e.g. the dotted I).
    boolean sameLength = lower.length() == original.length();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i);
        String word = sameLength ? lower.substring(i, end) : original.substring(i, end).toLowerCase(Locale.ROOT);
        tokens.add(new Token(word, offset + i, offset + end));
        i = end;
      } else {
        if (!Character.isWhitespace(c) && !isDash(c)) {
          tokens.add(new Token(String.valueOf(c), offset + i, offset + i + 1));
        }
        i++;
      }
    }
    return tokens;
  }

  /** The words and marks of a text joined by single spaces, lower-cased: {@code String.join(" ", words(text))}. */
  public static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i);
        space(out);
        for (int k = i; k < end; k++) {
          out.append(Character.toLowerCase(text.charAt(k)));
        }
        i = end;
      } else {
        if (!Character.isWhitespace(c) && !isDash(c)) {
          space(out);
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }

  private static void space(StringBuilder out) {
    if (out.length() > 0) {
      out.append(' ');
    }
  }

  /** The tokens of a lexicon phrase, as they are matched against a report's tokens. */
  public static List<String> words(String phrase) {
    return tokenize(phrase, 0).stream().map(Token::text).toList();
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
  }

  private static int wordEnd(CharSequence text, int start) {
    int i = start;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))
          && Character.isDigit(text.charAt(i - 1))) {
        i++; // a decimal point
      } else {
        break;
      }
    }
    return i;
  }
}
