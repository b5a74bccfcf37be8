package org.vapath.core;

/** Numbers as clinicians write them in a sentence: {@code 3}, {@code 2.5}, never {@code 3.0}. */
public final class Numbers {
  private Numbers() {
  }

  /** The whole numbers of scores, counts and percentages, written once. */
  private static final String[] SMALL = new String[1001];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i);
    }
  }

  public static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return value >= 0 && value < SMALL.length ? SMALL[(int) value] : Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
