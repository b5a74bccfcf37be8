package org.vapath.screen;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

/** Reads an export file line by line (as bytes), counting the bytes taken from the disk (compressed when gzipped). */
final class CountingReader implements AutoCloseable {
  private final Counter counter;
  private final ByteLines lines;

  private CountingReader(Counter counter, ByteLines lines) {
    this.counter = counter;
    this.lines = lines;
  }

  static CountingReader open(ExportFile file) throws IOException {
    Counter counter = new Counter(Files.newInputStream(file.path()));
    InputStream in = file.gzipped() ? new GZIPInputStream(counter, 1 << 16) : counter;
    return new CountingReader(counter, new ByteLines(in));
  }

  ByteLines lines() {
    return lines;
  }

  long bytesRead() {
    return counter.count;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  private static final class Counter extends FilterInputStream {
    private long count;

    Counter(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(0, n);
      return n;
    }
  }
}
