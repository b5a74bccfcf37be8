package org.vapath.screen;

/**
 * One line of the export (UTF-8 JSON), with where it came from, so that a problem can be reported
 * by file and line. A class, not a record: the bytes are shared, never compared.
 */
public final class SourceLine {
  private final int file;
  private final long number;
  private final byte[] json;

  public SourceLine(int file, long number, byte[] json) {
    this.file = file;
    this.number = number;
    this.json = json;
  }

  public int file() {
    return file;
  }

  public long number() {
    return number;
  }

  public byte[] json() {
    return json;
  }
}
