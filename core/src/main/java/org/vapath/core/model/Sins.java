package org.vapath.core.model;

/**
 * The spinal instability neoplastic score of a level: its {@code total} (0-18), or its six components
 * in points (location, pain, bone lesion, alignment, collapse, posterolateral involvement). Each part
 * may be unknown ({@code null}).
 */
public record Sins(Integer total, Integer location, Integer pain, Integer boneLesion, Integer alignment,
    Integer collapse, Integer posterolateral) {

  /** A score given as its total only. */
  public static Sins ofTotal(int total) {
    return new Sins(total, null, null, null, null, null, null);
  }

  /**
   * The score: the total when given, else the sum of the components when all six are known, else
   * {@code null} (case-format.md, version 2 rulings: a score with a component unknown is unknown).
   */
  public Integer score() {
    if (total != null) {
      return total;
    }
    if (location == null || pain == null || boneLesion == null || alignment == null || collapse == null
        || posterolateral == null) {
      return null;
    }
    return location + pain + boneLesion + alignment + collapse + posterolateral;
  }
}
