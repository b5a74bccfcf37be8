package org.vapath.screen;

import java.nio.file.Path;

/** One NDJSON file of a Bulk Data export: its resource type (from its name), size, and whether it is gzipped. */
public record ExportFile(Path path, String resourceType, long bytes, boolean gzipped) {

  /** How many bytes of JSON a gzipped byte holds, to size the partitions before reading (NDJSON compresses ~8x). */
  static final int GZIP_RATIO = 8;

  /** The bytes of JSON the file is expected to hold. */
  long jsonBytes() {
    return gzipped ? bytes * GZIP_RATIO : bytes;
  }

  /** The name a report uses: the file's name, without the folder. */
  public String name() {
    return path.getFileName().toString();
  }
}
