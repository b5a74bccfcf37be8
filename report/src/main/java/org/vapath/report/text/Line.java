package org.vapath.report.text;

/**
 * One line (paragraph) of a report: its section, whether it is an item of a numbered or bulleted
 * list, and where its text starts after the list marker and any section heading
 * ({@code contentStart}); {@code end} is exclusive.
 */
public record Line(int index, Section section, boolean listItem, int start, int contentStart, int end) {
  public boolean isBlank() {
    return contentStart >= end;
  }
}
