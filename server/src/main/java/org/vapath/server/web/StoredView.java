package org.vapath.server.web;

import static org.vapath.core.Numbers.plain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.Complication;
import org.vapath.core.text.PlainWords;

/**
 * What the case page shows of an assessment as it was stored: read from the stored JSON, never
 * recomputed, so that what was decided and signed is what is shown, with the pack version it was
 * decided with. The keys are those of {@link ResultView}, for the same template.
 */
final class StoredView {
  private StoredView() {
  }

  static Map<String, Object> of(JsonNode a, KnowledgePack pack) {
    Set<String> cited = new LinkedHashSet<>();
    Map<String, Object> view = new LinkedHashMap<>();
    String decision = a.path("decision").asText();
    view.put("caseId", text(a, "caseId"));
    view.put("assessedOn", text(a, "assessedOn"));
    view.put("knowledgeVersion", text(a, "knowledgeVersion"));
    view.put("decision", decision);
    view.put("decisionWords", PlainWords.capitalised(PlainWords.words(decision)));
    view.put("decisionClass", "decision-" + decision.toLowerCase(Locale.ROOT).replace('_', '-'));
    view.put("decisionBasis", text(a, "decisionBasis"));
    List<String> overrides = new ArrayList<>();
    a.path("knowledgeOverrides").forEach(o -> overrides.add(o.path("id").asText() + " = " + o.path("value").asText()
        + " (pack: " + o.path("packValue").asText() + ") from " + o.path("origin").asText()));
    view.put("overrides", overrides);
    List<ResultView.Level> levels = new ArrayList<>();
    a.path("levels").forEach(l -> levels.add(level(l)));
    view.put("levels", levels);
    view.put("findings", List.of(
        findings("Contraindications", "contraindications", "None.", a, cited),
        findings("Missing before deciding", "missing", "Nothing required is missing.", a, cited),
        findings("Preparation before the procedure", "preparation", "None.", a, cited),
        findings("Work-up to order", "workup", "None.", a, cited),
        findings("To verify", "toVerify", "Nothing.", a, cited),
        findings("Cautions to weigh", "cautions", "None.", a, cited),
        findings("Indications", "indications", "None.", a, cited),
        findings("Follow-up after the decision", "followUp", "None.", a, cited)));
    view.put("coverage", coverage(a.path("coverage"), cited));
    List<ResultView.Hold> holds = new ArrayList<>();
    a.path("holdPlan").forEach(h -> holds.add(hold(h, cited)));
    view.put("holdPlan", holds);
    List<String> notRecognised = new ArrayList<>();
    a.path("medicationsNotRecognised").forEach(m -> notRecognised.add(m.asText()));
    view.put("notRecognised", String.join(", ", notRecognised));
    view.put("procedure", procedure(a.path("procedure"), cited));
    view.put("consent", consent(a, pack, cited));
    List<ResultView.Source> sources = new ArrayList<>();
    for (String id : cited) {
      sources.add(new ResultView.Source(id, pack.sources().getOrDefault(id, "(not in the knowledge pack)")));
    }
    view.put("sources", sources);
    return view;
  }

  private static ResultView.Level level(JsonNode l) {
    List<String> reasons = new ArrayList<>();
    l.path("reasons").forEach(r -> reasons.add(PlainWords.finding(r.asText())));
    JsonNode loss = l.path("heightLossPercent");
    JsonNode grade = l.path("genantGrade");
    return new ResultView.Level(l.hasNonNull("level") ? l.get("level").asText() : "level " + PlainWords.UNKNOWN,
        PlainWords.words(text(l, "etiology")), loss.isNumber() ? plain(loss.asDouble()) + "%" : PlainWords.UNKNOWN,
        grade.isNumber() ? "grade " + grade.asInt() : PlainWords.UNKNOWN,
        ResultView.acuity(l.hasNonNull("acuity") ? text(l, "acuity") : PlainWords.UNKNOWN, bool(l, "edema"),
            bool(l, "boneScanUptake")), PlainWords.words(text(l, "decision")),
        String.join("; ", reasons));
  }

  /** The coverage check as stored, or {@code null} when the assessment had none. */
  private static ResultView.CoverageView coverage(JsonNode c, Set<String> cited) {
    if (!c.isObject()) {
      return null;
    }
    List<ResultView.Criterion> criteria = new ArrayList<>();
    c.path("criteria").forEach(item -> {
      String code = text(item, "code");
      criteria.add(new ResultView.Criterion(code, PlainWords.finding(code), ResultView.statusWords(text(item,
          "status")), text(item, "basis"), text(item, "source")));
      cite(cited, withoutConfirm(text(item, "source")));
    });
    cite(cited, withoutConfirm(text(c, "source")));
    return new ResultView.CoverageView(text(c, "policy"), text(c, "status"), ResultView.statusWords(text(c, "status")),
        text(c, "source"), criteria);
  }

  private static String withoutConfirm(String source) {
    return source == null ? null : source.replace(" (confirm)", "");
  }

  private static Boolean bool(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isBoolean() ? Boolean.valueOf(value.asBoolean()) : null;
  }

  private static ResultView.FindingList findings(String title, String field, String empty, JsonNode a,
      Set<String> cited) {
    List<ResultView.Item> items = new ArrayList<>();
    for (JsonNode f : a.path(field)) {
      boolean confirm = f.path("confirm").asBoolean(false);
      boolean institutional = f.path("institutionalDefault").asBoolean(false);
      String flags = ResultView.flags(confirm, institutional, text(f, "source"));
      String code = text(f, "code");
      items.add(new ResultView.Item(code, PlainWords.finding(code), text(f, "level"), text(f, "basis"),
          text(f, "source"), flags));
      cite(cited, text(f, "source"));
    }
    // the page's ids are those of ResultView ("to-verify"), the JSON's field names camel case
    String id = switch (field) {
      case "toVerify" -> "to-verify";
      case "followUp" -> "follow-up";
      default -> field;
    };
    return new ResultView.FindingList(title, id, empty, items);
  }

  private static ResultView.Hold hold(JsonNode h, Set<String> cited) {
    cite(cited, text(h, "source"));
    return new ResultView.Hold(text(h, "drug"), text(h, "recordedAs"), text(h, "drugClass"),
        h.hasNonNull("hold") ? h.get("hold").asText() : "see basis",
        h.hasNonNull("lastDose") ? h.get("lastDose").asText() : PlainWords.UNKNOWN,
        h.hasNonNull("earliestProcedureDate") ? h.get("earliestProcedureDate").asText() : "-",
        h.path("prescriberDecision").asBoolean(false) ? "prescriber decides" : "hold",
        text(h, "basis") + (h.path("confirm").asBoolean(false) ? " (confirm)" : ""), text(h, "source"));
  }

  private static ResultView.Procedure procedure(JsonNode p, Set<String> cited) {
    if (!p.isObject()) {
      return null;
    }
    cite(cited, text(p, "source"));
    List<String> options = new ArrayList<>();
    p.path("options").forEach(o -> options.add(o.asText()));
    List<String> guidance = new ArrayList<>();
    p.path("guidance").forEach(g -> guidance.add(g.asText()));
    return new ResultView.Procedure(String.join(" or ", options).toLowerCase(Locale.ROOT),
        p.hasNonNull("preferred") ? p.get("preferred").asText().toLowerCase(Locale.ROOT) : "no preference",
        text(p, "rationale"), String.join(" + ", guidance).toLowerCase(Locale.ROOT), text(p, "guidanceBasis"),
        text(p, "access") == null ? null : text(p, "access").toLowerCase(Locale.ROOT), text(p, "source"));
  }

  private static ResultView.Consent consent(JsonNode a, KnowledgePack pack, Set<String> cited) {
    JsonNode risk = a.path("risk");
    JsonNode benefit = a.path("expectedBenefit");
    cite(cited, text(risk, "source"));
    cite(cited, text(benefit, "source"));
    List<String> codes = new ArrayList<>();
    risk.path("complications").forEach(c -> codes.add(c.asText()));
    List<String> names = new ArrayList<>();
    for (Complication c : pack.complications()) {
      if (codes.contains(c.code())) {
        names.add(c.name());
      }
    }
    JsonNode relief = benefit.path("painReliefPercent");
    Double low = relief.path("low").isNumber() ? relief.get("low").asDouble() : null;
    Double high = relief.path("high").isNumber() ? relief.get("high").asDouble() : null;
    return ResultView.consent(risk.path("complicationRatePercent").isNumber()
        ? risk.get("complicationRatePercent").asDouble() : null, names, text(risk, "basis"), text(risk, "source"),
        low, high, text(benefit, "basis"), text(benefit, "source"));
  }

  private static void cite(Set<String> cited, String sources) {
    if (sources != null) {
      for (String id : sources.split("; ")) {
        cited.add(id);
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }
}
