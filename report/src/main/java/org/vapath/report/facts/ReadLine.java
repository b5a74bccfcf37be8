package org.vapath.report.facts;

import java.util.List;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.text.Line;

/** A line of the report with its label and analysed sentences; a line that is not read has no label. */
public record ReadLine(Line line, LineLabels.Label label, List<AnalyzedSentence> sentences) {
  public ReadLine {
    sentences = List.copyOf(sentences);
  }
}
