package org.vapath.core.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The spinal instability neoplastic score's scale [SINS-2010]: the points each of its six components
 * may take (location, pain, bone lesion, alignment, collapse, posterolateral involvement, in that
 * order) and the highest total. A case's score is read against it.
 */
public record SinsScale(Map<String, Set<Integer>> points, int maxTotal, String source) {
  /** The components in the order of the scale, as a case names them. */
  public static final List<String> COMPONENTS = List.of("location", "pain", "boneLesion", "alignment", "collapse",
      "posterolateral");

  public SinsScale {
    points = Map.copyOf(points);
    Objects.requireNonNull(source, "source == null");
    if (!points.keySet().equals(Set.copyOf(COMPONENTS))) {
      throw new IllegalArgumentException("SINS scale: components must be " + COMPONENTS + ", got " + points.keySet());
    }
  }

  /** The points a component may take, e.g. {@code [0, 1, 3]} for pain. */
  public Set<Integer> points(String component) {
    return points.get(component);
  }
}
