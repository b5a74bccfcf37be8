package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.List;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.text.Section;

/**
 * Reads the facts of a report's lines in order, carrying what spans lines: a heading's facts to
 * the numbered items under it ("Acute traumatic fractures:" then "1. L2 burst fracture"), and a
 * level heading to the lines under it ("Level: T12" then "Retropulsion: none"). Both end at a
 * blank line or a new section.
 */
public final class ReportWalk {
  private final FactFinder finder;
  private final boolean cancerKnown;
  private final Attribution attribution = new Attribution();
  private final List<Observation> observations = new ArrayList<>();
  private Heading heading;
  private LineLabels.Label levelHeading;
  private Section section;

  /** A heading line's facts, waiting for the list items under it. */
  private record Heading(AnalyzedSentence sentence, List<Candidate> facts) {
  }

  public ReportWalk(FactFinder finder, boolean cancerKnown) {
    this.finder = finder;
    this.cancerKnown = cancerKnown;
  }

  /** Every observation of the lines, in order. */
  public List<Observation> observations(List<ReadLine> lines) {
    for (ReadLine line : lines) {
      if (line.label() == null || line.line().section() != section) {
        heading = null;
        levelHeading = null;
        section = line.line().section();
      }
      if (line.label() != null) {
        read(line);
      }
    }
    return observations;
  }

  private void read(ReadLine line) {
    LineLabels.Label label = line.label();
    if (label.levelHeading()) {
      levelHeading = label;
    } else if (label.subject() != LineState.Subject.NONE) {
      levelHeading = null;
    } else if (levelHeading != null) {
      label = levelHeading; // a line under "Level: T12" is about T12
    }
    LineState state = new LineState(label.subject(), label.levels(), line.label().heading());
    for (AnalyzedSentence analyzed : line.sentences()) {
      List<Candidate> candidates = finder.find(analyzed, cancerKnown);
      Attribution.Result result = attribution.attribute(analyzed, candidates, state, line.line().section());
      observations.addAll(result.observations());
      if (line.label().heading()) {
        heading = new Heading(analyzed, result.headingFacts());
      }
    }
    if (heading != null && !line.label().heading()) {
      if (line.line().listItem()) {
        observations.addAll(Attribution.underHeading(heading.sentence(), heading.facts(), state.named(),
            line.line().section()));
      } else {
        heading = null;
      }
    }
  }
}
