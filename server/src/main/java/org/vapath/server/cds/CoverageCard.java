package org.vapath.server.cds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vapath.core.Assessment;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Coverage;
import org.vapath.core.assessment.CoverageItem;
import org.vapath.core.catalogue.Status;
import org.vapath.core.text.PlainWords;

/**
 * The payer's documentation check as its own card, the way Da Vinci CRD answers "is the
 * documentation complete": the summary says complete, incomplete, not met or unknown; the detail
 * lists what is missing first; suggestions order what would document it where an order makes sense;
 * the source names the LCDs the knowledge cites. Advisory: it never changes the clinical decision.
 */
final class CoverageCard {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern LCD_ID = Pattern.compile("\\bL\\d{5}\\b");
  private static final String SUBJECT = "Payer documentation (Medicare LCD)";

  private CoverageCard() {
  }

  /**
   * The card, or {@code null} when there is nothing to say: no coverage check at a patient view. At an
   * order, an unchecked coverage is said to be unknown.
   */
  static ObjectNode card(Assessment a, KnowledgePack pack, Cards.Call call, String baseUrl) {
    Coverage coverage = a.coverage();
    if (coverage == null && !call.ordering()) {
      return null;
    }
    ObjectNode card = JSON.objectNode();
    card.put("uuid", UUID.nameUUIDFromBytes((call.hookInstance() + ":vapath:coverage")
        .getBytes(StandardCharsets.UTF_8)).toString());
    card.put("summary", summary(coverage));
    card.put("indicator", coverage == null || coverage.status() == Status.MET ? "info" : "warning");
    card.put("detail", detail(coverage, pack));
    String sourceId = pack.coverage().source(); // what the engine's coverage cites, as a bare id
    ObjectNode source = card.putObject("source");
    source.put("label", sourceLabel(pack.sources().getOrDefault(sourceId, "")));
    source.put("url", baseUrl + "/knowledge#source-" + sourceId);
    ArrayNode suggestions = Suggestions.forCoverage(a, pack.terminology(), call.hookInstance(), call.patientId());
    if (!suggestions.isEmpty()) {
      card.set("suggestions", suggestions);
      card.put("selectionBehavior", "any");
    }
    card.putArray("links").addObject().put("label", "VAPath knowledge pack: payer coverage criteria")
        .put("url", baseUrl + "/knowledge#source-" + sourceId).put("type", "absolute");
    return card;
  }

  /** "Payer documentation (Medicare LCD): incomplete, missing pain trajectory and ...", in words. */
  static String summary(Coverage coverage) {
    if (coverage == null) {
      return SUBJECT + ": unknown, no candidate fracture the policies cover";
    }
    return switch (coverage.status()) {
      case MET -> SUBJECT + ": complete, every criterion met";
      case NOT_MET -> FindingWords.sentence(SUBJECT + ": not met: ", labels(coverage, Status.NOT_MET), "",
          Cards.SUMMARY_MAX);
      case UNKNOWN -> FindingWords.sentence(SUBJECT + ": incomplete, missing ", labels(coverage, Status.UNKNOWN),
          "", Cards.SUMMARY_MAX);
    };
  }

  private static List<String> labels(Coverage coverage, Status status) {
    List<String> labels = new ArrayList<>();
    for (CoverageItem item : coverage.criteria()) {
      if (item.status() == status) {
        labels.add(item.entry().label());
      }
    }
    return labels;
  }

  private static String detail(Coverage coverage, KnowledgePack pack) {
    StringBuilder md = new StringBuilder(1024);
    if (coverage == null) {
      md.append("VAPath checks the payers' criteria for osteoporotic, unknown-cause and malignant fractures only;"
          + " no level of this patient is a candidate of those, so the documentation is not checked.\n\n");
    } else {
      md.append("**").append(coverage.policy()).append("**\n\n");
      criteria(md, "Not met", coverage, Status.NOT_MET);
      criteria(md, "Missing: to document", coverage, Status.UNKNOWN);
      criteria(md, "Met", coverage, Status.MET);
      Set<String> ids = new LinkedHashSet<>();
      coverage.criteria().forEach(c -> ids.addAll(c.sources()));
      md.append("**Sources** (secondary summaries: confirm against the LCD text).\n\n");
      for (String id : ids) {
        md.append("- [").append(id).append("] ").append(pack.sources().getOrDefault(id, "")).append('\n');
      }
      md.append('\n');
    }
    md.append("Advisory: the payer's documentation, never part of the clinical decision.");
    return md.toString();
  }

  private static void criteria(StringBuilder md, String title, Coverage coverage, Status status) {
    List<CoverageItem> items = coverage.criteria().stream().filter(c -> c.status() == status).toList();
    if (items.isEmpty()) {
      return;
    }
    md.append("**").append(title).append("**\n\n");
    for (CoverageItem item : items) {
      md.append("- ").append(PlainWords.capitalised(item.entry().label())).append(": ").append(item.basis())
          .append(" [").append(item.source()).append("] `").append(item.code()).append("`\n");
    }
    md.append('\n');
  }

  /** "Medicare LCDs L38201, L34228, ... (secondary summaries, confirm)": the ids the source names. */
  private static String sourceLabel(String source) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = LCD_ID.matcher(source);
    while (m.find()) {
      ids.add(m.group());
    }
    return ids.isEmpty() ? "VAPath: payer coverage criteria (confirm)"
        : "Medicare LCDs " + String.join(", ", ids) + " (secondary summaries, confirm)";
  }
}
