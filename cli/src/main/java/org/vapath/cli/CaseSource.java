package org.vapath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.vapath.core.InputError;

/** Where the input comes from: a file, or standard input for {@code -}. */
final class CaseSource {
  private CaseSource() {
  }

  /** The calendar day where VAPath runs: the assessment date of a case that gives none. */
  static LocalDate today() {
    return LocalDate.now(ZoneId.systemDefault());
  }

  /** The most a FHIR bundle of one patient may hold: read whole, it must fit in memory many times over. */
  static final int MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

  /** The input as text when it holds at most {@code max} bytes; refused naming {@code what} otherwise. */
  static String text(InputStream in, int max, String what) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      throw new InputError(what, null, "is larger than " + max / (1024 * 1024) + " MiB, far more than one"
          + " patient's record");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static InputStream open(String name, InputStream stdin) throws IOException {
    return "-".equals(name) ? stdin : Files.newInputStream(Path.of(name));
  }
}
