package org.vapath.core.assessment;

import java.util.List;

/**
 * The procedure options for the treatable levels: both techniques, an advisory preference with its
 * rationale ({@code preferred} is {@code null} when the facts give none), the image guidance and
 * the access route, each with its basis, and the sources of the plan (ids of the knowledge pack).
 */
public record ProcedurePlan(
    List<String> options,
    String preferred,
    String rationale,
    List<String> guidance,
    String guidanceBasis,
    String access,
    List<String> sources) {

  public ProcedurePlan {
    options = List.copyOf(options);
    guidance = List.copyOf(guidance);
    sources = List.copyOf(sources);
  }

  /** The sources as the assessment writes them: ids joined by {@code "; "}. */
  public String source() {
    return String.join("; ", sources);
  }
}
