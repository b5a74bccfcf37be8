package org.vapath.cli;

import java.io.PrintWriter;

/** A one-line progress report on a terminal: cases done and the rate, refreshed about once a second. */
final class Progress {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastShown = start;

  Progress(PrintWriter err) {
    this.err = err;
  }

  void tick(long done) {
    if ((done & 1023) != 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastShown >= NANOS_PER_SECOND) {
      lastShown = now;
      show(done, now);
    }
  }

  void done(long done) {
    show(done, System.nanoTime());
    err.println();
  }

  private void show(long done, long now) {
    double seconds = Math.max(1e-9, (now - start) / (double) NANOS_PER_SECOND);
    err.printf("\r%,d cases in %.0f s (%,.0f cases/s)", done, seconds, done / seconds);
    err.flush();
  }
}
