package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.model.RecordIssue;

/**
 * Parts of the record that could not be read. What they could have said is unknown: they are
 * named for the clinician to check, and a record with issues is never "not indicated", because the
 * unreadable part may be the fracture itself.
 */
final class RecordRules {
  static final String RECORD_UNREADABLE = "RECORD_UNREADABLE";
  private static final String REF = "REF";
  private static final int NAMED = 5;

  private RecordRules() {
  }

  static void apply(Case kase, FractureStates fractures, Findings findings) {
    if (kase.recordIssues().isEmpty()) {
      return;
    }
    String named = named(kase.recordIssues());
    findings.toVerify.add(Finding.patient(RECORD_UNREADABLE, named + ". Check them in the record: what they say"
        + " is unknown to this assessment.", REF));
    if (!fractures.workupMatters()) {
      findings.missing.add(Finding.patient(RECORD_UNREADABLE, named + ", so the record may hold a fracture or"
          + " a fact this assessment did not see: it cannot conclude that the procedure is not indicated.", REF));
    }
  }

  private static String named(List<RecordIssue> issues) {
    List<String> parts = new ArrayList<>(Math.min(issues.size(), NAMED));
    for (RecordIssue issue : issues.subList(0, Math.min(issues.size(), NAMED))) {
      parts.add(issue.describe());
    }
    String more = issues.size() > NAMED ? " and " + (issues.size() - NAMED) + " more" : "";
    return (issues.size() == 1 ? "One part of the record could not be read (" : issues.size()
        + " parts of the record could not be read (") + String.join("; ", parts) + more + ")";
  }
}
