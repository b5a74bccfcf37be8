package org.vapath.report.levels;

import java.util.List;
import org.vapath.core.model.VertebralLevel;

/**
 * A place a sentence names: a vertebral level, a range or pair of levels, a disc level, a segment
 * ("L4 on L5"), a place that is not a vertebra ("the sacrum"), or "the former"/"the latter".
 * Its span is in characters of the report ({@code end} exclusive).
 */
public record Anchor(Kind kind, List<VertebralLevel> levels, int start, int end) {
  /** What kind of place an anchor names. */
  public enum Kind {
    /** One vertebra. */
    LEVEL,
    /** "T11-L1", "from T11 to L1": every level between, when it lists fractures or lesions. */
    RANGE,
    /** "L1-L2": a disc level, unless it lists fractures ("L1-L2 compression fractures"). */
    PAIR,
    /** "L4-5", "the L4-L5 disc": not a vertebra. */
    DISC,
    /** "L4 on L5" (a slip): not a vertebra. */
    SEGMENT,
    /** "the sacrum", "the thoracolumbar junction": not a vertebra. */
    SITE,
    /** "the lumbar spine": no level; it holds only the facts of a clause that names no level. */
    REGION,
    FORMER,
    LATTER,
    /** "the fracture level": the fractured level in question ("the remaining fractured levels": the others). */
    FRACTURED
  }

  public Anchor {
    levels = List.copyOf(levels);
  }

  /** Whether this anchor names one vertebra as written. */
  public boolean isVertebra() {
    return kind == Kind.LEVEL;
  }
}
