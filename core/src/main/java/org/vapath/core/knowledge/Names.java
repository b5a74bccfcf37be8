package org.vapath.core.knowledge;

/** Normalises free-text names (drugs, allergies) for matching: lower case, runs of other characters as one space. */
public final class Names {
  private Names() {
  }

  /**
   * Lower case; letters and digits kept; anything else, and the boundary between letters and
   * digits ("Plavix75mg"), becomes one space.
   */
  public static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        c = ' ';
      } else if (previous != ' ' && Character.isDigit(c) != Character.isDigit(previous)) {
        out.append(' ');
      }
      if (c != ' ' || (previous != ' ' && out.length() > 0)) {
        out.append(Character.toLowerCase(c));
      }
      previous = c;
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
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
