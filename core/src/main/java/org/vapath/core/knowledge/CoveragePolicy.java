package org.vapath.core.knowledge;

import java.util.Objects;
import org.vapath.core.model.VertebralLevel;

/**
 * The payer's coverage criteria VAPath checks, advisory and never part of the decision: the policy's
 * name, the levels it covers ({@code firstLevel} to {@code lastLevel}), and its source ({@code confirm}:
 * read in secondary summaries only).
 */
public record CoveragePolicy(String policy, VertebralLevel firstLevel, VertebralLevel lastLevel, String source,
    boolean confirm) {

  public CoveragePolicy {
    Objects.requireNonNull(policy, "policy == null");
    Objects.requireNonNull(source, "source == null");
    if (firstLevel.compareTo(lastLevel) > 0) {
      throw new IllegalArgumentException("coverage levels out of order: " + firstLevel + ".." + lastLevel);
    }
  }

  /** Whether the policy covers {@code level}. */
  public boolean covers(VertebralLevel level) {
    return level.compareTo(firstLevel) >= 0 && level.compareTo(lastLevel) <= 0;
  }

  /** The covered levels as a clinician writes them: "T1-L5". */
  public String levels() {
    return firstLevel + "-" + lastLevel;
  }
}
