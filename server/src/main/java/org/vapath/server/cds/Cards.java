package org.vapath.server.cds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vapath.core.Assessment;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.model.RecordIssue;
import org.vapath.core.text.PlainWords;

/**
 * The CDS Hooks card of an assessment: indicator {@code critical} for a contraindication,
 * {@code warning} for missing work-up or preparation to do (or an order that is not indicated),
 * {@code info} otherwise; a summary of at most 140 characters; the detail in Markdown with every
 * basis and source; suggestions to order what is missing; override reasons; links.
 */
final class Cards {
  /** CDS Hooks 2.0: a "<140-character summary". */
  static final int SUMMARY_MAX = 139;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Cards() {
  }

  /** The hook call a card answers: its instance, the patient in its context, and whether it is an ordering hook. */
  record Call(String hookInstance, String patientId, boolean ordering) {
  }

  /** The card; {@code assessmentPage}, when not null, is the link to the assessment in VAPath's web pages. */
  static ObjectNode card(Assessment a, KnowledgePack pack, Call call, String baseUrl, String assessmentPage) {
    ObjectNode card = JSON.objectNode();
    // Derived from the hook instance, so that a card is the same for the same call, and unique per call.
    card.put("uuid", UUID.nameUUIDFromBytes((call.hookInstance() + ":vapath").getBytes(StandardCharsets.UTF_8))
        .toString());
    card.put("summary", summary(a));
    card.put("indicator", indicator(a, call.ordering()));
    card.put("detail", detail(a, pack));
    ObjectNode source = card.putObject("source");
    source.put("label", "VAPath (knowledge pack " + a.knowledgeVersion() + ")");
    source.put("url", baseUrl + "/knowledge");
    ArrayNode suggestions = Suggestions.forMissing(a, pack.terminology(), call.hookInstance(), call.patientId());
    if (!suggestions.isEmpty()) {
      card.set("suggestions", suggestions);
      card.put("selectionBehavior", "any");
    }
    card.set("overrideReasons", overrideReasons());
    ArrayNode links = card.putArray("links");
    if (assessmentPage != null) {
      links.addObject().put("label", "Open the assessment in VAPath").put("url", assessmentPage)
          .put("type", "absolute");
    }
    links.addObject().put("label", "VAPath knowledge pack and sources").put("url", baseUrl + "/knowledge")
        .put("type", "absolute");
    return card;
  }

  static String indicator(Assessment a, boolean ordering) {
    if (a.decision() == Decision.CONTRAINDICATED) {
      return "critical";
    }
    boolean notIndicatedOrder = ordering && a.decision() == Decision.NOT_INDICATED;
    if (a.decision() == Decision.INCOMPLETE || !a.preparation().isEmpty() || notIndicatedOrder) {
      return "warning";
    }
    return "info";
  }

  /** One sentence of fewer than 140 characters, in words: the decision and what it turns on. */
  static String summary(Assessment a) {
    String subject = "Vertebral augmentation";
    String text = switch (a.decision()) {
      case CONTRAINDICATED -> FindingWords.sentence(subject + " contraindicated: ",
          FindingWords.of(a.contraindications()), "", SUMMARY_MAX);
      case NOT_INDICATED -> subject + " not indicated: " + (a.levels().isEmpty()
          ? "no vertebral compression fracture recorded" : "no fracture of an indicated cause");
      case INCOMPLETE -> a.missing().isEmpty() ? subject + ": incomplete, facts missing before deciding"
          : FindingWords.sentence(subject + ": incomplete, ", FindingWords.of(a.missing()), " missing", SUMMARY_MAX);
      case INDICATED -> subject + " indicated" + levels(a) + (a.preparation().isEmpty() ? ""
          : "; " + a.preparation().size() + (a.preparation().size() == 1 ? " preparation step" : " preparation steps")
              + " before the procedure");
    };
    return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "…";
  }

  private static String levels(Assessment a) {
    List<String> indicated = a.levels().stream().filter(l -> l.decision() == Decision.INDICATED && l.level() != null)
        .map(l -> l.level()).toList();
    return indicated.isEmpty() ? "" : " at " + String.join(", ", indicated);
  }

  private static String detail(Assessment a, KnowledgePack pack) {
    StringBuilder md = new StringBuilder(2048);
    md.append("**Decision: ").append(PlainWords.words(a.decision().name())).append("** `").append(a.decision())
        .append("`\n\n").append(a.decisionBasis()).append("\n\n");
    Set<String> sources = new LinkedHashSet<>();
    section(md, "Contraindications", a.contraindications(), sources);
    section(md, "Missing before deciding", a.missing(), sources);
    section(md, "Preparation", a.preparation(), sources);
    section(md, "Work-up to order", a.workup(), sources);
    section(md, "To verify", a.toVerify(), sources);
    if (!a.recordIssues().isEmpty()) {
      // What was not read is said beside what was: the clinician checks it in the chart.
      md.append("**Not read from the record** (what these say is unknown to this card)\n\n");
      for (RecordIssue issue : a.recordIssues()) {
        md.append("- ").append(issue.describe()).append('\n');
      }
      md.append('\n');
    }
    boolean candidate = a.decision() == Decision.INDICATED || a.decision() == Decision.INCOMPLETE;
    if (candidate && (a.risk().complicationRatePercent() != null || a.expectedBenefit().painReliefPercent() != null)) {
      md.append("**For consent.** ").append(a.risk().basis()).append(' ').append(a.expectedBenefit().basis())
          .append(" [").append(a.risk().source()).append("]\n\n");
      sources.add(a.risk().source());
    }
    md.append("**Sources.**\n\n");
    for (String id : sources) {
      md.append("- [").append(id).append("] ").append(pack.sources().getOrDefault(id, "")).append('\n');
    }
    md.append("\nDecision support: it informs clinical judgement and does not replace it.");
    return md.toString();
  }

  private static void section(StringBuilder md, String title, List<Finding> findings, Set<String> sources) {
    if (findings.isEmpty()) {
      return;
    }
    md.append("**").append(title).append("**\n\n");
    for (Finding f : findings) {
      // words first, the code kept small at the end for those who audit
      md.append("- ").append(f.level() == null ? "" : f.level() + " ").append(PlainWords.capitalised(f.entry()
          .label())).append(": ").append(f.basis()).append(" [").append(f.source()).append("] `").append(f.code())
          .append("`\n");
      sources.addAll(f.sources());
    }
    md.append('\n');
  }

  private static ArrayNode overrideReasons() {
    ArrayNode reasons = JSON.arrayNode();
    reason(reasons, "clinical-judgement", "Clinical judgement: benefit outweighs the risk for this patient");
    reason(reasons, "data-incorrect", "The record's data are incorrect or out of date");
    reason(reasons, "already-addressed", "Already addressed (work-up ordered, drug held, discussed)");
    return reasons;
  }

  private static void reason(ArrayNode reasons, String code, String display) {
    reasons.addObject().put("code", code).put("system", "https://vapath.org/fhir/CodeSystem/override-reason")
        .put("display", display);
  }
}
