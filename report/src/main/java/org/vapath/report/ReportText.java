package org.vapath.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reading for people: the facts per level, then the report as written with each sentence a
 * fact was read from marked {@code [n>> ... <<]}, then, for each mark, what was read there and how.
 */
public final class ReportText {
  private ReportText() {
  }

  public static String render(String report, ReportReading reading) {
    Map<Integer, Marked> marks = marks(reading);
    StringBuilder out = new StringBuilder();
    out.append("Facts read from the report (lexicon ").append(reading.lexiconVersion());
    if (reading.lexiconAdditions() != null) {
      out.append(", with words added by ").append(reading.lexiconAdditions());
    }
    out.append(")\n\nModality: ").append(reading.modality() == null ? "not stated" : reading.modality()).append('\n');
    if (reading.levels().isEmpty()) {
      out.append("No vertebral level: the report states no fact about one.\n");
    }
    for (LevelReading level : reading.levels()) {
      List<String> facts = new ArrayList<>();
      level.facts().forEach((key, fact) -> facts.add(key.jsonName() + " " + fact.value()));
      out.append(String.format("%-4s %s%n", level.level(), String.join(", ", facts)));
    }
    out.append("\nThe report, with each sentence a fact was read from marked [n>> ... <<]:\n\n");
    int at = 0;
    for (Marked mark : marks.values()) {
      out.append(report, at, mark.start).append('[').append(mark.number).append(">>")
          .append(report, mark.start, mark.end).append("<<]");
      at = mark.end;
    }
    out.append(report.substring(at).stripTrailing()).append("\n\n");
    for (Marked mark : marks.values()) {
      out.append('[').append(mark.number).append("] ").append(String.join("; ", mark.facts)).append('\n');
    }
    return out.toString();
  }

  /** One marked sentence: its span, its number in reading order, and what was read there. */
  private static final class Marked {
    private final int start;
    private final int end;
    private int number;
    private final List<String> facts = new ArrayList<>();

    private Marked(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }

  private static Map<Integer, Marked> marks(ReportReading reading) {
    Map<Integer, Marked> marks = new TreeMap<>();
    for (LevelReading level : reading.levels()) {
      for (Fact fact : level.facts().values()) {
        for (Evidence evidence : fact.evidence()) {
          marks.computeIfAbsent(evidence.start(), s -> new Marked(evidence.start(), evidence.end())).facts
              .add(level.level() + " " + fact.key().jsonName() + " " + fact.value() + " (" + evidence.how() + ": \""
                  + evidence.term() + "\")");
        }
      }
    }
    int number = 1;
    for (Marked mark : marks.values()) {
      mark.number = number++;
    }
    return marks;
  }
}
