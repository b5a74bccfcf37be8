package org.vapath.report.facts;

import java.util.List;
import java.util.Set;
import org.vapath.core.model.VertebralLevel;

/**
 * What the report said before a sentence, for the sentence's references: the last list of
 * levels ("the former", "the latter"), the paragraph's focus, every fractured level, and the
 * levels of the last fracture.
 */
record Discourse(List<VertebralLevel> lastList, List<VertebralLevel> focus, Set<VertebralLevel> fractured,
    List<VertebralLevel> lastFractured) {
  Discourse {
    lastList = List.copyOf(lastList);
    focus = List.copyOf(focus);
    fractured = Set.copyOf(fractured);
    lastFractured = List.copyOf(lastFractured);
  }
}
