package org.vapath.core.rules;

import static org.vapath.core.catalogue.FindingCode.READ_FROM_REPORT;
import static org.vapath.core.catalogue.FindingCode.REPORT_CONFLICT;
import static org.vapath.core.catalogue.FindingCode.REPORT_HEDGED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.ReportedFact;

/**
 * Facts read from radiology reports' text [REF: the per-level facts come from imaging]. A machine
 * read them, so each is shown with the sentence it came from for a clinician to confirm; a hedged
 * fact stayed unknown, and a disagreement is named with both sides. The facts filled are already in
 * the case's fractures: this criterion only says where they came from.
 */
final class ReportedFacts {
  static final CriterionInfo INFO = CriterionInfo.of("Facts read from reports",
      "Which per-level facts came from a radiology report's text, and do the reports and the record agree?",
      "reportedFacts[]").emits(READ_FROM_REPORT, REPORT_HEDGED, REPORT_CONFLICT);

  private ReportedFacts() {
  }

  static Verdict evaluate(Case kase) {
    if (kase.reportedFacts().isEmpty()) {
      return Verdict.MET;
    }
    List<Finding> findings = new ArrayList<>();
    Map<String, List<ReportedFact>> filled = new LinkedHashMap<>();
    for (ReportedFact fact : kase.reportedFacts()) {
      if (fact.use() == ReportedFact.Use.FILLED) {
        filled.computeIfAbsent(fact.level() + " " + fact.report(), k -> new ArrayList<>()).add(fact);
      } else if (fact.use() == ReportedFact.Use.UNCERTAIN) {
        findings.add(level(REPORT_HEDGED, fact, fact.report() + " leaves " + fact.level() + " " + name(fact.field())
            + " uncertain" + quote(fact) + ": it is unknown to this assessment until the images or the radiologist"
            + " settle it."));
      } else {
        findings.add(level(REPORT_CONFLICT, fact, fact.report() + " says " + fact.level() + " " + name(fact.field())
            + " " + words(fact.value()) + quote(fact) + ", but " + fact.other() + ". Settle it with the images or"
            + " the radiologist: " + (fact.other().startsWith("the record") ? "the record's value was used."
            : "it is unknown to this assessment.")));
      }
    }
    filled.values().forEach(facts -> findings.add(read(facts)));
    return Verdict.unknown(findings.toArray(Finding[]::new));
  }

  private static Finding read(List<ReportedFact> facts) {
    ReportedFact first = facts.get(0);
    List<String> said = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (ReportedFact fact : facts) {
      said.add(name(fact.field()) + " " + words(fact.value()));
      if (fact.sentence() != null && !sentences.contains(fact.sentence())) {
        sentences.add(fact.sentence());
      }
    }
    return level(READ_FROM_REPORT, first, first.level() + ": " + String.join(", ", said) + ", read from "
        + first.report() + " where the record did not say (\u201c" + String.join("\u201d \u201c", sentences)
        + "\u201d). Confirm against the report.");
  }

  private static Finding level(org.vapath.core.catalogue.FindingCode code, ReportedFact fact, String basis) {
    return new Finding(code, fact.level().name(), null, basis, code.sources(), false, false);
  }

  private static String quote(ReportedFact fact) {
    return fact.sentence() == null ? "" : " (\u201c" + fact.sentence() + "\u201d)";
  }

  private static String name(String field) {
    return switch (field) {
      case "fracture" -> "fracture";
      case "etiology" -> "cause";
      case "edema" -> "marrow edema";
      case "heightLossPercent" -> "height loss";
      case "retropulsion" -> "retropulsion";
      case "canalCompromiseByTumor" -> "canal compromise by tumor";
      default -> field;
    };
  }

  private static String words(String value) {
    return switch (value) {
      case "true" -> "present";
      case "false" -> "absent";
      default -> value.matches("\\d+(\\.\\d+)?") ? value + "%" : value.toLowerCase(java.util.Locale.ROOT);
    };
  }
}
