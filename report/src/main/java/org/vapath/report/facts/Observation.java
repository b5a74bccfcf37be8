package org.vapath.report.facts;

import org.vapath.core.model.VertebralLevel;
import org.vapath.report.Evidence;
import org.vapath.report.FactKey;

/** A fact read at a level (or, for a whole-study negation, at no level yet), with how strongly it holds. */
public record Observation(VertebralLevel level, FactKey key, String value, Strength strength, Evidence evidence) {
  /** How an observation weighs against others of the same level and key. */
  public enum Strength {
    /** Stated for this level in the findings or impression. */
    STATED,
    /** A hedge about an etiology word beside the fracture ("suggestive of a pathologic fracture"). */
    WEAK,
    /** Read in the clinical history: fills only what the findings and impression leave unknown. */
    HISTORY,
    /** A negation for the whole study: fills only what nothing else says, at levels the report describes. */
    WHOLE_STUDY
  }
}
