package org.vapath.core.assessment;

import java.util.List;
import java.util.Objects;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.catalogue.Kind;
import org.vapath.core.catalogue.Status;

/**
 * One criterion of the payer's coverage check: met, not met or unknown, with the facts it used and
 * its sources (secondary summaries: {@code confirm}).
 */
public record CoverageItem(FindingCode entry, Status status, String basis, List<String> sources, boolean confirm) {
  public CoverageItem {
    Objects.requireNonNull(entry, "entry == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(basis, "basis == null");
    if (entry.kind() != Kind.COVERAGE) {
      throw new IllegalArgumentException(entry.code() + " is not a coverage criterion");
    }
    sources = List.copyOf(sources);
  }

  /** A criterion citing its catalogue entry's sources. */
  public static CoverageItem of(FindingCode entry, Status status, String basis) {
    return new CoverageItem(entry, status, basis, entry.sources(), entry.confirm());
  }

  public String code() {
    return entry.code();
  }

  /** The sources as the assessment writes them, with "(confirm)" when they are secondary summaries. */
  public String source() {
    return String.join("; ", sources) + (confirm ? " (confirm)" : "");
  }
}
