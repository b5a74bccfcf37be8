package org.vapath.cli;

import java.io.PrintWriter;
import org.vapath.screen.ScreenListener;

/** The progress of a screening run on a terminal: what is done, the rate and the time left, about once a second. */
final class ScreenProgress implements ScreenListener {
  private static final long SECOND = 1_000_000_000L;
  private static final double MIB = 1024.0 * 1024.0;

  private final PrintWriter err;
  private long phaseStart = System.nanoTime();
  private long lastShown;
  private boolean assessing;

  ScreenProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void reading(long bytesRead, long total) {
    long now = System.nanoTime();
    if (now - lastShown < SECOND && bytesRead < total) {
      return;
    }
    lastShown = now;
    double seconds = Math.max(1e-9, (now - phaseStart) / (double) SECOND);
    double rate = bytesRead / seconds;
    err.printf("\rReading the export: %3.0f%% (%,.0f of %,.0f MiB, %,.1f MiB/s, %s left)   ",
        total == 0 ? 100.0 : 100.0 * bytesRead / total, bytesRead / MIB, total / MIB, rate / MIB,
        eta((double) (total - bytesRead), rate));
    err.flush();
  }

  @Override
  public void assessing(long done, long expected) {
    long now = System.nanoTime();
    if (!assessing) {
      assessing = true;
      phaseStart = now;
      err.println();
    }
    if (now - lastShown < SECOND && done != expected) {
      return;
    }
    lastShown = now;
    double seconds = Math.max(1e-9, (now - phaseStart) / (double) SECOND);
    double rate = done / seconds;
    err.printf("\rAssessing: %,d of %s patients (%,.0f patients/s, %s left)   ", done,
        expected > 0 ? String.format("~%,d", expected) : "?", rate,
        expected > done ? eta((double) (expected - done), rate) : "0 s");
    err.flush();
  }

  void done() {
    err.println();
    err.flush();
  }

  private static String eta(double remaining, double rate) {
    if (rate <= 0) {
      return "? s";
    }
    long seconds = Math.round(remaining / rate);
    return seconds >= 120 ? seconds / 60 + " min" : seconds + " s";
  }
}
