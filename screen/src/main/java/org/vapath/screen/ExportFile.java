package org.vapath.screen;

import java.nio.file.Path;

/**
 * One NDJSON file of a Bulk Data export to read: its name in reports (its path under the export
 * folder, with {@code /}), its resource type and how that was found ({@link #placedBy}), its size,
 * and whether it is gzipped (from its first bytes, whatever its name). A {@code null} type: the
 * file holds resources of several types (a manifest's {@code outputOrganizedBy}), each line's own.
 */
public record ExportFile(Path path, String name, String resourceType, String placedBy, long bytes,
    boolean gzipped) {

  /** The type was given by the export's {@code manifest.json}. */
  public static final String BY_MANIFEST = "manifest";
  /** The type is a word of the file's name ({@code Patient.000.ndjson.gz}, {@code 1.Patient.ndjson}). */
  public static final String BY_NAME = "file name";
  /** The type is the name of the folder the file is in ({@code Patient/part-1.ndjson}). */
  public static final String BY_FOLDER = "folder name";
  /** The type is the {@code resourceType} of the file's first line. */
  public static final String BY_FIRST_LINE = "first line";

  /** How many bytes of JSON a gzipped byte holds, to size the partitions before reading (NDJSON compresses ~8x). */
  static final int GZIP_RATIO = 8;

  /** The bytes of JSON the file is expected to hold. */
  long jsonBytes() {
    return gzipped ? bytes * GZIP_RATIO : bytes;
  }
}
