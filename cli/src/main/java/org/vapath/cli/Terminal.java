package org.vapath.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a person is watching: standard error is a terminal. */
final class Terminal {
  private Terminal() {
  }

  static boolean isStandardError() {
    try {
      // Java 17 cannot ask about one stream; on Linux the descriptor's link tells.
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
