package org.vapath.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * What opening an export file tells before it is read: whether it is gzipped (from its first two
 * bytes, so that a file of any name is read right), that it can be opened and decompressed at all,
 * and, when asked, the {@code resourceType} of its first line.
 */
record FileProbe(boolean gzipped, String firstType, String firstProblem) {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  /** Opens the file, and reads its first line's type when {@code firstLine}; an {@link IOException} if it cannot. */
  static FileProbe of(Path path, boolean firstLine) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
      raw.mark(2);
      boolean gzipped = raw.read() == GZIP_MAGIC_1 && raw.read() == GZIP_MAGIC_2;
      raw.reset();
      InputStream in = gzipped ? new GZIPInputStream(raw) : raw; // reads and checks the gzip header
      if (!firstLine) {
        return new FileProbe(gzipped, null, null);
      }
      try (ByteLines lines = new ByteLines(in)) {
        while (lines.next()) {
          if (!lines.isBlank()) {
            return first(gzipped, lines.buffer(), lines.lineStart(), lines.length());
          }
        }
      }
      return new FileProbe(gzipped, null, "it is empty");
    }
  }

  private static FileProbe first(boolean gzipped, byte[] line, int from, int length) throws IOException {
    try (JsonParser parser = JSON.createParser(line, from, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new FileProbe(gzipped, null, "its first line is not a JSON object");
      }
      for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        if (field.equals("resourceType") && value == JsonToken.VALUE_STRING) {
          return new FileProbe(gzipped, parser.getText(), null);
        }
        parser.skipChildren();
      }
      return new FileProbe(gzipped, null, "its first line has no resourceType");
    } catch (JsonProcessingException e) {
      return new FileProbe(gzipped, null, "its first line is not JSON (" + KeptLine.problem(e) + ")");
    }
  }

  /** Why a file could not be opened or read, in words for the summary (no stack trace, no contents). */
  static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "cannot be read: it is gone";
    }
    if (e instanceof ZipException || e instanceof EOFException) {
      return "cannot be read: broken gzip (" + e.getMessage() + ")";
    }
    return "cannot be read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage()
        + ")");
  }
}
