package org.vapath.screen;

/** Searching UTF-8 bytes for ASCII patterns, without decoding them. */
final class Bytes {
  private Bytes() {
  }

  /** The bytes of an ASCII pattern. */
  static byte[] ascii(String pattern) {
    return pattern.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  static boolean startsWith(byte[] line, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (line[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Bytes frequent in compact FHIR JSON, most frequent first: a pattern is searched by its rarest byte. */
  private static final String COMMON = "\":,{}[]etaoinsrhlcdu0123456789-./ ";

  /** The first index of {@code pattern} in {@code line[from, to)}, or -1. */
  static int indexOf(byte[] line, int from, int to, byte[] pattern) {
    int anchorAt = anchor(pattern);
    byte anchor = pattern[anchorAt];
    for (int i = from + anchorAt; i <= to - pattern.length + anchorAt; i++) {
      if (line[i] == anchor) {
        int start = i - anchorAt;
        int j = 0;
        while (j < pattern.length && line[start + j] == pattern[j]) {
          j++;
        }
        if (j == pattern.length) {
          return start;
        }
      }
    }
    return -1;
  }

  /** The index of the pattern's rarest byte (in JSON as FHIR servers write it). */
  private static int anchor(byte[] pattern) {
    int best = 0;
    int bestRank = -1;
    for (int i = 0; i < pattern.length; i++) {
      int rank = COMMON.indexOf(pattern[i]);
      rank = rank < 0 ? COMMON.length() : rank;
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }
}
