package org.vapath.screen;

/** What a long screening run tells its watcher: progress, for a bar with rate and ETA. */
public interface ScreenListener {
  /** Reading and grouping: bytes of the export files read so far, of {@code total}. */
  void reading(long bytesRead, long total);

  /** Assessing: patients done so far, of about {@code expected} (the Patient resources seen; 0 when none). */
  void assessing(long done, long expected);

  ScreenListener SILENT = new ScreenListener() {
    @Override
    public void reading(long bytesRead, long total) {
    }

    @Override
    public void assessing(long done, long expected) {
    }
  };
}
