package org.vapath.report.text;

/**
 * One word, number or punctuation mark of a report, lower-cased, with its character span in the
 * report ({@code start} inclusive, {@code end} exclusive).
 */
public record Token(String text, int start, int end) {
  /** Whether this is a word or a number rather than punctuation. */
  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }
}
