package org.vapath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a stream (NDJSON), none held beyond {@link #MAX_CHARS}: a longer line is skipped to
 * its end without being kept, and said to be too long, so that one gigabyte line costs no more memory
 * than a short one. A line ends at {@code \n}; a {@code \r} before it is dropped.
 */
final class BoundedLines {
  /** Far beyond any case (a few kilobytes); short of what the heap cannot hold. */
  static final int MAX_CHARS = 16 * 1024 * 1024;

  private final Reader in;
  private final int max;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int end;
  private boolean tooLong;

  BoundedLines(InputStream in) {
    this(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_CHARS);
  }

  BoundedLines(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line, or {@code null} at the end; an empty string for a line that was too long. */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    tooLong = false;
    while (true) {
      if (position == end) {
        end = in.read(buffer, 0, buffer.length);
        position = 0;
        if (end <= 0) {
          end = 0;
          return line.length() == 0 && !tooLong ? null : finish(line);
        }
      }
      int start = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      keep(line, start, position);
      if (position < end) {
        position++; // the line break
        return finish(line);
      }
    }
  }

  /** Whether the line {@link #next} returned last was too long (and returned empty). */
  boolean tooLong() {
    return tooLong;
  }

  private void keep(StringBuilder line, int from, int to) {
    if (tooLong) {
      return;
    }
    if (line.length() + (to - from) > max) {
      tooLong = true;
      line.setLength(0);
      line.trimToSize();
      return;
    }
    line.append(buffer, from, to - from);
  }

  private String finish(StringBuilder line) {
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      line.setLength(length - 1);
    }
    return line.toString();
  }
}
