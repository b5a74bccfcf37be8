package org.vapath.report.text;

/** A sentence of a report: its character span ({@code end} exclusive) and its text. */
public record Sentence(int start, int end, String text) {
}
