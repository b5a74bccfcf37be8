package org.vapath.screen;

import java.nio.charset.StandardCharsets;

/**
 * One line of the export (UTF-8 JSON), with where it came from, so that a problem can be reported
 * by file and line; or a line that could not be read but names its patient ({@link #unreadable}),
 * which then carries why instead of JSON, to become a part of the patient's record that could not be
 * read. A class, not a record: the bytes are shared, never compared.
 */
public final class SourceLine {
  private final int file;
  private final long number;
  private final byte[] json;
  private final boolean unreadable;

  public SourceLine(int file, long number, byte[] json) {
    this(file, number, json, false);
  }

  private SourceLine(int file, long number, byte[] bytes, boolean unreadable) {
    this.file = file;
    this.number = number;
    this.json = bytes;
    this.unreadable = unreadable;
  }

  /** A line of the patient's that could not be read, and why. */
  public static SourceLine unreadable(int file, long number, String why) {
    return new SourceLine(file, number, why.getBytes(StandardCharsets.UTF_8), true);
  }

  /** The same line read back from a spill file. */
  static SourceLine of(int file, long number, byte[] bytes, boolean unreadable) {
    return new SourceLine(file, number, bytes, unreadable);
  }

  public int file() {
    return file;
  }

  public long number() {
    return number;
  }

  /** The kept JSON; for an {@linkplain #unreadable() unreadable} line, why, as UTF-8. */
  public byte[] json() {
    return json;
  }

  public boolean unreadable() {
    return unreadable;
  }

  /** Why an unreadable line could not be read. */
  public String why() {
    return new String(json, StandardCharsets.UTF_8);
  }
}
