package org.vapath.core.catalogue;

import java.util.List;
import java.util.Objects;
import org.vapath.core.assessment.Finding;

/**
 * A criterion's answer for one case (or one level): met, not met or unknown, and the findings that
 * name the facts it used. A met contraindication carries its contraindication; an unknown one the
 * missing or to-verify finding that asks for the fact (or none, when another criterion asks for it).
 */
public record Verdict(Status status, List<Finding> findings) {
  /** Met, nothing to say. */
  public static final Verdict MET = new Verdict(Status.MET, List.of());
  /** Not met, nothing to say. */
  public static final Verdict NOT_MET = new Verdict(Status.NOT_MET, List.of());
  /** Unknown, and asked for by another criterion's finding. */
  public static final Verdict UNKNOWN = new Verdict(Status.UNKNOWN, List.of());

  public Verdict {
    Objects.requireNonNull(status, "status == null");
    findings = List.copyOf(findings);
  }

  public static Verdict met(Finding... findings) {
    return findings.length == 0 ? MET : new Verdict(Status.MET, List.of(findings));
  }

  public static Verdict unknown(Finding... findings) {
    return findings.length == 0 ? UNKNOWN : new Verdict(Status.UNKNOWN, List.of(findings));
  }

  /** Not met, with findings that say what to do about it (e.g. an INR above the threshold: correct it). */
  public static Verdict notMet(Finding... findings) {
    return findings.length == 0 ? NOT_MET : new Verdict(Status.NOT_MET, List.of(findings));
  }

  public boolean isMet() {
    return status == Status.MET;
  }

  public boolean isUnknown() {
    return status == Status.UNKNOWN;
  }
}
