package org.vapath.cli;

import static org.vapath.core.Numbers.plain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vapath.core.Assessment;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.AppliedOverride;
import org.vapath.core.assessment.Clearance;
import org.vapath.core.assessment.Coverage;
import org.vapath.core.assessment.CoverageItem;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.assessment.ProcedurePlan;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.text.PlainWords;

/** The assessment as a clinician reads it: the decision first, then why, then what to do, then the sources. */
final class TextReport {
  /** Preparation items that the hold plan table shows with their basis. */
  private static final Set<FindingCode> HOLD_CODES = EnumSet.of(FindingCode.HOLD_ANTITHROMBOTIC,
      FindingCode.PRESCRIBER_DECISION, FindingCode.CLEARANCE_BELOW_HOLD_TABLE);

  private final StringBuilder text = new StringBuilder(2048);
  private final Set<String> sources = new LinkedHashSet<>();

  private TextReport() {
  }

  static String render(Assessment a, KnowledgePack pack) {
    TextReport report = new TextReport();
    report.write(a, pack);
    return report.text.toString();
  }

  private void write(Assessment a, KnowledgePack pack) {
    line("VAPath assessment" + (a.caseId() == null ? "" : " of case " + a.caseId()) + ", " + a.assessedOn()
        + " (knowledge pack " + a.knowledgeVersion() + ")");
    for (AppliedOverride o : a.knowledgeOverrides()) {
      line("  Institutional override: " + o.id() + " = " + plain(o.value()) + " (pack: " + plain(o.packValue())
          + ") from " + o.origin());
    }
    line("");
    line("DECISION: " + a.decision() + " (" + PlainWords.words(a.decision().name()) + ")");
    line("  " + a.decisionBasis());
    levels(a.levels());
    section("Contraindications", a.contraindications());
    section("Missing (required before deciding)", a.missing());
    section("To verify", a.toVerify());
    section("Cautions (weigh them; they do not change the decision)", a.cautions());
    if (!a.recordIssues().isEmpty()) {
      line("");
      line("Not read from the record (what these say is unknown to this assessment)");
      a.recordIssues().forEach(issue -> line("  - " + issue.describe()));
    }
    section("Work-up to order", a.workup());
    List<Finding> preparation = a.preparation().stream().filter(f -> !HOLD_CODES.contains(f.entry())).toList();
    section("Preparation before the procedure", preparation, a.holdPlan().isEmpty() ? ""
        : "  - Antithrombotic drugs: see the hold plan below.");
    holdPlan(a.holdPlan());
    clearance(a.creatinineClearance());
    procedure(a.procedure());
    consent(a);
    section("Follow-up", a.followUp());
    coverage(a.coverage());
    line("");
    line("Sources");
    for (String id : sources) {
      line("  [" + id + "] " + pack.sources().getOrDefault(id, "(not in the knowledge pack)"));
    }
    line("");
    line("Decision support for clinicians: it informs clinical judgement and does not replace it.");
  }

  private void levels(List<LevelAssessment> levels) {
    line("");
    line("Levels");
    if (levels.isEmpty()) {
      line("  none recorded");
    }
    for (LevelAssessment l : levels) {
      line(String.format("  %-4s %-13s height loss %-5s Genant %-2s %-8s %-15s %s",
          l.level() == null ? "?" : l.level(), PlainWords.words(l.etiology().name()),
          l.heightLossPercent() == null ? PlainWords.UNKNOWN : plain(l.heightLossPercent()) + "%",
          l.genantGrade() == null ? PlainWords.UNKNOWN : l.genantGrade(), PlainWords.words(l.acuity().name()),
          PlainWords.words(l.decision().name()),
          String.join("; ", l.reasons().stream().map(PlainWords::finding).toList())) + signs(l));
    }
  }

  /** The imaging signs of acuity known at the level, shown beside its acuity. */
  private static String signs(LevelAssessment l) {
    String edema = l.edema() == null ? "" : l.edema() ? "edema" : "no edema";
    String uptake = l.boneScanUptake() == null ? "" : l.boneScanUptake() ? "bone scan uptake" : "no bone scan uptake";
    String both = edema.isEmpty() || uptake.isEmpty() ? edema + uptake : edema + ", " + uptake;
    return both.isEmpty() ? "" : " (" + both + ")";
  }

  private void clearance(Clearance c) {
    if (c == null) {
      return;
    }
    line("");
    line("Creatinine clearance for the hold table");
    line("  " + c.basis() + " [" + c.source() + "]");
    cite(c.source());
  }

  private void coverage(Coverage coverage) {
    line("");
    if (coverage == null) {
      line("Payer coverage (advisory): not checked; no candidate level is osteoporotic, of unknown cause or"
          + " malignant.");
      return;
    }
    line("Payer coverage (advisory, never part of the decision): " + coverage.statusName().replace('_', ' ')
        .toUpperCase(java.util.Locale.ROOT) + " [" + coverage.source() + (coverage.confirm() ? " (confirm)" : "")
        + "]");
    line("  " + coverage.policy());
    for (CoverageItem item : coverage.criteria()) {
      line("  - " + item.code() + " (" + item.entry().label() + "): " + item.status().name().toLowerCase(
          java.util.Locale.ROOT).replace('_', ' ') + ". " + item.basis() + " [" + item.source() + "]");
      sources.addAll(item.sources());
    }
    cite(coverage.source());
  }

  private void section(String title, List<Finding> findings) {
    section(title, findings, "");
  }

  private void section(String title, List<Finding> findings, String lastLine) {
    line("");
    line(title + (findings.isEmpty() && lastLine.isEmpty() ? ": none" : ""));
    if (!lastLine.isEmpty()) {
      line(lastLine);
    }
    for (Finding f : findings) {
      String where = f.level() == null ? "" : f.level() + " ";
      String flags = (f.confirm() ? " (confirm: secondary source)" : "")
          + (f.institutionalDefault() ? " (institutional default)" : "");
      line("  - " + where + f.entry().label() + " (" + f.code() + "): " + f.basis() + " [" + f.source() + "]"
          + flags);
      sources.addAll(f.sources());
    }
  }

  private void holdPlan(List<HoldItem> items) {
    if (items.isEmpty()) {
      return;
    }
    line("");
    line("Hold plan");
    line(String.format("  %-12s %-24s %-10s %-10s %-13s %s", "drug", "recorded as", "hold", "last dose",
        "earliest date", "decision"));
    for (HoldItem h : items) {
      // A name longer than its column goes on in the column below, never cut: a drug must read whole.
      List<String> drug = wrap(h.drug(), 12);
      List<String> recorded = wrap(h.recordedAs(), 24);
      line(String.format("  %-12s %-24s %-10s %-10s %-13s %s", drug.get(0), recorded.get(0),
          h.hold() == null ? "see basis" : h.hold(), h.lastDose() == null ? PlainWords.UNKNOWN : h.lastDose(),
          h.earliestProcedureDate() == null ? "-" : h.earliestProcedureDate(),
          (h.prescriberDecision() ? "prescriber" : "hold") + (h.provisional() ? ", provisional" : "")));
      for (int i = 1; i < Math.max(drug.size(), recorded.size()); i++) {
        line(String.format("  %-12s %s", i < drug.size() ? drug.get(i) : "", i < recorded.size() ? recorded.get(i)
            : "").stripTrailing());
      }
      line("      basis: " + h.basis() + " [" + h.source() + "]" + (h.confirm() ? " (confirm)" : ""));
      cite(h.source());
    }
  }

  private void procedure(ProcedurePlan plan) {
    line("");
    if (plan == null) {
      line("Procedure: no level is a candidate for treatment.");
      return;
    }
    line("Procedure (advisory)");
    line("  Options: " + String.join(" or ", plan.options()) + "; preferred: "
        + (plan.preferred() == null ? "no preference" : plan.preferred()));
    line("  " + plan.rationale());
    line("  Guidance: " + String.join(" + ", plan.guidance()) + ". " + plan.guidanceBasis());
    line("  Access: " + plan.access().toLowerCase(java.util.Locale.ROOT) + " [" + plan.source() + "]");
    sources.addAll(plan.sources());
  }

  private void consent(Assessment a) {
    line("");
    line("For consent");
    // the basis states the figure: said once
    line("  Complication risk: " + a.risk().basis() + " [" + a.risk().source() + "]");
    if (!a.risk().complications().isEmpty()) {
      line("  Complications to name: " + String.join(", ", a.risk().complications()).toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' '));
    }
    line("  Expected benefit: " + a.expectedBenefit().basis() + " [" + a.expectedBenefit().source() + "]");
    cite(a.risk().source());
    cite(a.expectedBenefit().source());
  }

  /** A hold's, the risk's or the benefit's source: one id of the pack each. */
  private void cite(String source) {
    sources.add(source);
  }

  private void line(String line) {
    text.append(line).append('\n');
  }

  /** The text in lines of at most {@code width} characters, broken at spaces where it can be, never shortened. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>(2);
    String rest = text == null ? "" : text.strip();
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      int at = cut > 0 ? cut : width;
      lines.add(rest.substring(0, at));
      rest = rest.substring(at).strip();
    }
    lines.add(rest);
    return lines;
  }

}
