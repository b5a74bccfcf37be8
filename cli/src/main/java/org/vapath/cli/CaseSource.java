package org.vapath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the input comes from: a file, or standard input for {@code -}. */
final class CaseSource {
  private CaseSource() {
  }

  static InputStream open(String name, InputStream stdin) throws IOException {
    return "-".equals(name) ? stdin : Files.newInputStream(Path.of(name));
  }
}
