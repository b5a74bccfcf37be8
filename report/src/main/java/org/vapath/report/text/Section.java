package org.vapath.report.text;

/** The part of a report a line belongs to. */
public enum Section {
  /** The examination's name (the first line) and its date: read for the modality only. */
  TITLE,
  HISTORY,
  TECHNIQUE,
  COMPARISON,
  FINDINGS,
  IMPRESSION,
  /** Text under no heading after the title: read like findings. */
  BODY,
  SIGNATURE;

  /** Whether the facts of this section are read (technique, comparison, title and signature are not). */
  public boolean isRead() {
    return this == HISTORY || this == FINDINGS || this == IMPRESSION || this == BODY;
  }
}
