package org.vapath.screen;

/** One line of the export, with where it came from, so that a problem can be reported by file and line. */
record SourceLine(int file, long number, String json) {
}
