package org.vapath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where the input comes from: a file, or standard input for {@code -}. */
final class CaseSource {
  private CaseSource() {
  }

  /** The calendar day where VAPath runs: the assessment date of a case that gives none. */
  static LocalDate today() {
    return LocalDate.now(ZoneId.systemDefault());
  }

  static InputStream open(String name, InputStream stdin) throws IOException {
    return "-".equals(name) ? stdin : Files.newInputStream(Path.of(name));
  }
}
