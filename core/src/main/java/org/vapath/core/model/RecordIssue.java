package org.vapath.core.model;

import java.util.Objects;

/**
 * A part of the patient's record that could not be read: which resource ({@code resource}, e.g.
 * {@code Observation/plt-1} or {@code Condition.ndjson line 12}), which element when it is known
 * ({@code element}, e.g. {@code valueQuantity.code}) and why ({@code why}). The facts it could have
 * given stay unknown; the engine never reads its absence as "no".
 */
public record RecordIssue(String resource, String element, String why) {
  public RecordIssue {
    Objects.requireNonNull(resource, "resource == null");
    Objects.requireNonNull(why, "why == null");
  }

  /** {@code Observation/plt-1.valueQuantity.code: is not a unit ...}, for people. */
  public String describe() {
    return resource + (element == null ? "" : "." + element) + ": " + why;
  }
}
