package org.vapath.core;

/** Numbers as clinicians write them in a sentence: {@code 3}, {@code 2.5}, never {@code 3.0}. */
public final class Numbers {
  private Numbers() {
  }

  public static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : Double.toString(value);
  }
}
