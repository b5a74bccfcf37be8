package org.vapath.core.knowledge;

import java.util.Locale;

/** Normalises free-text names (drugs, allergies) for matching: lower case, runs of other characters as one space. */
public final class Names {
  private Names() {
  }

  public static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code phrase} occurs in {@code text} as whole words (both normalised). */
  public static boolean containsPhrase(String text, String phrase) {
    return indexOfPhrase(text, phrase) >= 0;
  }

  /** Where {@code phrase} first occurs in {@code text} as whole words (both normalised), or -1. */
  public static int indexOfPhrase(String text, String phrase) {
    int from = 0;
    while (true) {
      int at = text.indexOf(phrase, from);
      if (at < 0) {
        return -1;
      }
      int end = at + phrase.length();
      if ((at == 0 || text.charAt(at - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ')) {
        return at;
      }
      from = at + 1;
    }
  }
}
