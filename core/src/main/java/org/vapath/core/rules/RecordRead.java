package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.RECORD_UNREADABLE;
import static org.vapath.core.catalogue.FindingCode.RECORD_UNREADABLE_MISSING;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.RecordIssue;

/**
 * Parts of the record that could not be read [REF]. What they could have said is unknown: they are
 * named for the clinician to check, and a record with issues is never "not indicated", because the
 * unreadable part may be the fracture itself (then they are missing, too).
 */
final class RecordRead {
  static final CriterionInfo INFO = CriterionInfo.of("Record read whole",
      "Could every part of the record be read?", "recordIssues[]")
      .emits(RECORD_UNREADABLE, RECORD_UNREADABLE_MISSING);
  private static final int NAMED = 5;

  private RecordRead() {
  }

  /** {@code workupMatters}: whether a fracture may still be treated ({@link FractureStates#workupMatters()}). */
  static Verdict evaluate(Case kase, boolean workupMatters) {
    if (kase.recordIssues().isEmpty()) {
      return Verdict.MET;
    }
    String named = named(kase.recordIssues());
    Finding check = Finding.patient(RECORD_UNREADABLE, named + ". Check them in the record: what they say is unknown"
        + " to this assessment.");
    if (workupMatters) {
      return Verdict.unknown(check);
    }
    return Verdict.unknown(check, Finding.patient(RECORD_UNREADABLE_MISSING, named + ", so the record may hold a"
        + " fracture or a fact this assessment did not see: it cannot conclude that the procedure is not indicated."));
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
