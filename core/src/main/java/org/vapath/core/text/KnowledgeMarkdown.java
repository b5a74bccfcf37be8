package org.vapath.core.text;

import static org.vapath.core.Numbers.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.AppliedOverride;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.CementIngredient;
import org.vapath.core.knowledge.Complication;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.knowledge.HoldRule;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.LabTest;

/** The knowledge pack as Markdown for people: every fact with its source, and the overrides in force. */
public final class KnowledgeMarkdown {
  /** Where the repository keeps the documents the sources name; the server links them. */
  public static final String SOURCES_FOLDER = "docs/sources/";

  private final StringBuilder md = new StringBuilder(8192);

  private KnowledgeMarkdown() {
  }

  public static String render(KnowledgePack pack) {
    KnowledgeMarkdown out = new KnowledgeMarkdown();
    out.write(pack);
    return out.md.toString();
  }

  private void write(KnowledgePack pack) {
    line("# " + pack.title());
    line("");
    line("Version " + pack.version() + ". (confirm) marks facts from secondary summaries; (institutional default)"
        + " marks facts without a published figure that an institution should review.");
    overrides(pack.overrides());
    heading("Criteria");
    line("Each criterion answers met, not met or unknown; an unknown fact is never \"no\".");
    line("");
    md.append(CatalogueMarkdown.criteria(pack));
    thresholds(pack);
    labs(pack);
    etiologies(pack);
    heading("Complications [REF]");
    for (Complication c : pack.complications()) {
      line("- " + c.name() + (c.thoracicOnly() ? " (thoracic levels only)" : ""));
    }
    outcomes(pack);
    heading("Genant grade [" + pack.genant().source() + "]");
    line("Grade 0 below " + plain(pack.genant().grade1FromPercent()) + "% height loss; grade 1 below "
        + plain(pack.genant().grade2FromPercent()) + "%; grade 2 up to " + plain(pack.genant().grade3AbovePercent())
        + "%; grade 3 above.");
    scales(pack);
    heading("Image guidance [" + pack.guidance().source() + "; levels for CT: " + pack.guidance().ctLevelsSource()
        + "]");
    line(pack.guidance().text());
    heading("Payer coverage (advisory) [" + pack.coverage().source() + mark(pack.coverage().confirm()) + "]");
    line(pack.coverage().policy() + ": levels " + pack.coverage().levels() + ". Never part of the decision.");
    heading("Creatinine clearance [" + pack.clearance().source() + "]");
    line(pack.clearance().name() + ": " + pack.clearance().text());
    heading("Bone cement ingredients recognised in allergy lists [PMMA]");
    for (CementIngredient i : pack.cementIngredients()) {
      line("- " + i.name() + " (" + i.role() + "): " + String.join(", ", i.synonyms()));
    }
    antithrombotics(pack);
    terminology(pack);
    heading("Sources");
    line("Each source's full reference, the facts read from it and where it was read: "
        + SOURCES_FOLDER + "clinical-knowledge.md; the research behind them: " + SOURCES_FOLDER + "research-notes.md.");
    line("");
    pack.sources().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> line("- [" + e.getKey() + "] " + e.getValue()));
  }

  private void thresholds(KnowledgePack pack) {
    heading("Thresholds");
    line("Each value cites the source that states it, or reads institutional default; so does each bound of the"
        + " range within which an institution may override it.");
    line("");
    line("| id | value | unit | safe range for overrides [sources of its bounds] | source | meaning |");
    line("|---|---|---|---|---|---|");
    for (Threshold t : sorted(pack.thresholds())) {
      line("| `" + t.id() + "` | " + plain(t.value()) + " | " + t.unit() + " | " + plain(t.safeMin()) + "-"
          + plain(t.safeMax()) + " [" + t.safeMinSource() + " - " + t.safeMaxSource() + "] | " + t.source()
          + mark(t.confirm()) + " | " + t.text() + (t.institutionalDefault() ? " (institutional default)" : "")
          + " |");
    }
  }

  private void labs(KnowledgePack pack) {
    heading("Laboratory tests");
    line("| test | canonical unit | accepted units (factor) | plausible range | conversion |");
    line("|---|---|---|---|---|");
    for (LabTest test : LabTest.values()) {
      LabSpec lab = pack.lab(test);
      List<String> units = new ArrayList<>();
      lab.unitFactors().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> units.add("`" + e.getKey() + "` (" + plain(e.getValue()) + ")"));
      line("| " + lab.name() + " | " + lab.canonicalUnit() + " | " + String.join(", ", units) + " | "
          + plain(lab.plausibleMin()) + "-" + plain(lab.plausibleMax()) + " | " + (lab.conversion() == null ? ""
          : lab.conversion() + " [" + lab.conversionSource() + "]") + (lab.unitRequired() ? " Unit required." : "")
          + " |");
    }
  }

  private void overrides(List<AppliedOverride> overrides) {
    if (overrides.isEmpty()) {
      return;
    }
    heading("Institutional overrides in force");
    for (AppliedOverride o : overrides) {
      line("- `" + o.id() + "` = " + plain(o.value()) + " (pack value " + plain(o.packValue()) + "), from "
          + o.origin());
    }
  }

  private void etiologies(KnowledgePack pack) {
    heading("Etiologies: indication, complication rate, pain relief [REF]");
    line("| etiology | indication | complication rate | pain relief |");
    line("|---|---|---|---|");
    for (Etiology etiology : Etiology.values()) {
      EtiologyFacts f = pack.etiology(etiology);
      if (f != null) {
        line("| " + etiology.name().toLowerCase(java.util.Locale.ROOT) + " | "
            + (f.isIndication() ? f.indication() : "not an indication") + " | "
            + (f.complicationRatePercent() == null ? "no figure published" : plain(f.complicationRatePercent()) + "%")
            + " | " + (f.painReliefPercent() == null ? "no figure published"
            : range(f.painReliefPercent().low(), f.painReliefPercent().high())) + " |");
      }
    }
  }

  private void antithrombotics(KnowledgePack pack) {
    heading("Antithrombotic holds before a high bleeding risk procedure");
    line("Days are full days without a dose before the procedure day.");
    line("");
    line("| drug | class | names recognised | hold | source |");
    line("|---|---|---|---|---|");
    for (Antithrombotic d : pack.antithrombotics()) {
      List<String> holds = new ArrayList<>();
      for (HoldRule rule : d.holds()) {
        String when = rule.clearance().isAny() ? "" : rule.clearance().describe() + ": ";
        String route = rule.route() == null ? "" : rule.route().toUpperCase(java.util.Locale.ROOT) + ": ";
        holds.add(when + route + (rule.intensity() == null ? "" : rule.intensity() + " dose: ") + rule.describe()
            + (rule.source() == null ? "" : " [" + rule.source() + "]")
            + (rule.conflict() == null ? "" : " (" + rule.conflict() + ")"));
      }
      String notes = (d.inrRecheck() ? "; recheck INR" : "") + (d.belowTable() == null ? "" : "; below the table: "
          + d.belowTable()) + (d.unknownClearance() == null ? "" : "; clearance unknown: " + d.unknownClearance()
          + " [" + d.unknownClearanceSource() + "]") + (d.routeUnknown() == null ? "" : "; " + d.routeUnknown())
          + (d.prescriberDecision() ? "; decision with the prescriber" : "")
          + (d.prescriberNote() == null ? "" : "; " + d.prescriberNote());
      line("| " + d.id() + " | " + d.drugClass() + " | " + String.join(", ", d.names()) + " | "
          + String.join("; ", holds) + notes + " | " + d.source() + (d.confirm() ? " (confirm)" : "") + " |");
    }
    line("");
    line(pack.prescriberDecisionText());
  }

  private void terminology(KnowledgePack pack) {
    heading("Codes read from FHIR [" + pack.terminology().source() + ", unless the row names its own]");
    line("| system | code | prefix | means | value | display | source |");
    line("|---|---|---|---|---|---|---|");
    for (Concept c : pack.terminology().concepts()) {
      line("| " + c.system() + " | " + c.code() + " | " + (c.prefix() ? "yes" : "") + " | " + c.means() + " | "
          + (c.value() == null ? "" : c.value()) + " | " + (c.display() == null ? "" : c.display())
          + (c.confirm() ? " (confirm)" : "") + " | " + (c.source() == null ? "" : c.source()) + " |");
    }
  }

  private void outcomes(KnowledgePack pack) {
    heading("Outcome audit [" + pack.outcomes().source() + "; " + pack.outcomes().firstFollowUpSource() + "; "
        + pack.outcomes().minimumCasesSource() + "; " + pack.outcomes().functionSource() + "]");
    line(pack.outcomes().text());
  }

  private void scales(KnowledgePack pack) {
    heading("Spinal instability neoplastic score [" + pack.sins().source() + "]");
    List<String> parts = new ArrayList<>();
    for (String component : SinsScale.COMPONENTS) {
      parts.add(component + " " + pack.sins().points(component).stream().sorted().map(String::valueOf).toList());
    }
    line("Points by component: " + String.join("; ", parts) + "; total 0-" + pack.sins().maxTotal() + ".");
    heading("Bilsky epidural spinal cord compression grade [" + pack.bilsky().source() + "]");
    line("High-grade compression: grades " + pack.bilsky().highGrade().stream().map(g -> g.wire()).sorted().toList()
        + ".");
  }

  private static String mark(boolean confirm) {
    return confirm ? " (confirm)" : "";
  }

  private static String range(double low, double high) {
    return low == high ? plain(low) + "%" : plain(low) + "-" + plain(high) + "%";
  }

  private static List<Threshold> sorted(Map<String, Threshold> thresholds) {
    return thresholds.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  private void heading(String title) {
    line("");
    line("## " + title);
    line("");
  }

  private void line(String line) {
    md.append(line).append('\n');
  }

}
