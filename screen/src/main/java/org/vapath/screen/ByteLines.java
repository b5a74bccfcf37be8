package org.vapath.screen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an NDJSON stream as UTF-8 bytes, without decoding them to text: the screening
 * routes each line by a few bytes and hands the rest to Jackson's byte parser, so decoding every
 * line to a String (and encoding it again for the partitions) would be wasted work. A line is
 * valid until the next call.
 */
final class ByteLines implements AutoCloseable {
  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private int lineStart;
  private int lineEnd;
  private boolean eof;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; {@code false} at the end of the stream. A last line without a newline counts. */
  boolean next() throws IOException {
    while (true) {
      for (int i = start; i < end; i++) {
        if (buffer[i] == '\n') {
          lineStart = start;
          lineEnd = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
          start = i + 1;
          return true;
        }
      }
      if (eof) {
        if (start < end) {
          lineStart = start;
          lineEnd = end;
          start = end;
          return true;
        }
        return false;
      }
      fill();
    }
  }

  /**
   * After {@link #next} failed (a stream broken off), whether the bytes of a line it had begun are
   * left; if so, they are the current line: a line cut off, to be reported rather than lost.
   */
  boolean cutOff() {
    if (start >= end) {
      return false;
    }
    lineStart = start;
    lineEnd = end;
    start = end;
    return !isBlank();
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }

  byte[] buffer() {
    return buffer;
  }

  int lineStart() {
    return lineStart;
  }

  int length() {
    return lineEnd - lineStart;
  }

  boolean isBlank() {
    for (int i = lineStart; i < lineEnd; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  byte[] copy() {
    return Arrays.copyOfRange(buffer, lineStart, lineEnd);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
