package org.vapath.report.cases;

/** One report's word on one fact at one level: the value as the reader writes it, and the first sentence saying it. */
record Said(String value, ReadReport report, String sentence) {

  boolean uncertain() {
    return "uncertain".equals(value);
  }

  /** {@code DiagnosticReport/mr-2 (MR, 2026-11-02) says present ("...")}, for the other side of a conflict. */
  String describe() {
    return report.describe() + " says " + value + (sentence == null ? "" : " (\u201c" + sentence + "\u201d)");
  }
}
