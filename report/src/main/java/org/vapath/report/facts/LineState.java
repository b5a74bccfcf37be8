package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vapath.core.model.VertebralLevel;

/**
 * What a line (paragraph) has said so far: its subject (the level of "L2: ..." or a label that is
 * not about vertebrae, "Discs: ..."), the last levels it named (the focus of a sentence that names
 * none: "No retropulsion."), and every level it named.
 */
public final class LineState {
  /** What a line's label makes its subject. */
  public enum Subject {
    /** No label, or a label about the spine in general ("Bones:", "Findings:"). */
    NONE,
    /** A level ("T6:"): it is the focus from the line's start. */
    VERTEBRAL,
    /** A label that is not about vertebrae ("L4-5:", "Discs:"): a sentence without a level says nothing of one. */
    NON_VERTEBRAL,
    /** "Other levels:": a sentence without a level says nothing of the levels described. */
    LIMITED
  }

  private final Subject subject;
  private final boolean heading;
  private List<VertebralLevel> focus;
  private final Set<VertebralLevel> named = new LinkedHashSet<>();

  public LineState(Subject subject, List<VertebralLevel> subjectLevels, boolean heading) {
    this.subject = subject;
    this.heading = heading;
    this.focus = List.copyOf(subjectLevels);
    named.addAll(subjectLevels);
  }

  public Subject subject() {
    return subject;
  }

  /** Whether the line is a heading ("Acute traumatic fractures:") whose facts go to the list under it. */
  public boolean heading() {
    return heading;
  }

  List<VertebralLevel> focus() {
    return focus;
  }

  void focusOn(List<VertebralLevel> levels) {
    focus = List.copyOf(levels);
    named.addAll(levels);
  }

  /** Every vertebral level the line has named so far. */
  public List<VertebralLevel> named() {
    return new ArrayList<>(named);
  }
}
