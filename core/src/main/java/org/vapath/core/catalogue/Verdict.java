package org.vapath.core.catalogue;

import java.util.List;
import java.util.Objects;
import org.vapath.core.assessment.Finding;

/**
 * A criterion's answer for one case (or one level): met, not met or unknown, and the findings that
 * name the facts it used. A met contraindication carries its contraindication; an unknown one the
 * missing or to-verify finding that asks for the fact (or none, when another criterion asks for it).
 * Immutable.
 */
public final class Verdict {
  /** Met, nothing to say. */
  public static final Verdict MET = new Verdict(Status.MET, List.of());
  /** Not met, nothing to say. */
  public static final Verdict NOT_MET = new Verdict(Status.NOT_MET, List.of());
  /** Unknown, and asked for by another criterion's finding. */
  public static final Verdict UNKNOWN = new Verdict(Status.UNKNOWN, List.of());

  private final Status status;
  /** Never changed after construction: the factories keep the arrays they are handed (varargs: the call's own). */
  private final Finding[] findings;
  /** A bit per {@link Kind} that some finding has: the engine files a verdict in each list, most have none. */
  private final int kinds;

  public Verdict(Status status, List<Finding> findings) {
    this(status, findings.toArray(new Finding[0]));
  }

  // The engine makes several verdicts per case: an array, not a list, keeps them light.
  private Verdict(Status status, Finding[] findings) {
    this.status = Objects.requireNonNull(status, "status == null");
    int bits = 0;
    for (Finding finding : findings) {
      bits |= 1 << Objects.requireNonNull(finding, "finding == null").kind().ordinal();
    }
    this.findings = findings;
    this.kinds = bits;
  }

  public static Verdict met(Finding... findings) {
    return findings.length == 0 ? MET : new Verdict(Status.MET, findings);
  }

  public static Verdict unknown(Finding... findings) {
    return findings.length == 0 ? UNKNOWN : new Verdict(Status.UNKNOWN, findings);
  }

  /** Not met, with findings that say what to do about it (e.g. an INR above the threshold: correct it). */
  public static Verdict notMet(Finding... findings) {
    return findings.length == 0 ? NOT_MET : new Verdict(Status.NOT_MET, findings);
  }

  public Status status() {
    return status;
  }

  /** The findings, in order (a new unmodifiable list). */
  public List<Finding> findings() {
    return List.of(findings);
  }

  /** How many findings there are. */
  public int size() {
    return findings.length;
  }

  /** The finding at {@code index}, in order. */
  public Finding finding(int index) {
    return findings[index];
  }

  /** Whether a finding of this kind is among the findings. */
  public boolean has(Kind kind) {
    return (kinds & (1 << kind.ordinal())) != 0;
  }

  /** Whether a finding has this code. */
  public boolean has(FindingCode code) {
    for (Finding finding : findings) {
      if (finding.entry() == code) {
        return true;
      }
    }
    return false;
  }

  public boolean isMet() {
    return status == Status.MET;
  }

  public boolean isUnknown() {
    return status == Status.UNKNOWN;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Verdict that && status == that.status && java.util.Arrays.equals(findings, that.findings);
  }

  @Override
  public int hashCode() {
    return 31 * status.hashCode() + java.util.Arrays.hashCode(findings);
  }

  @Override
  public String toString() {
    return status + " " + java.util.Arrays.toString(findings);
  }
}
