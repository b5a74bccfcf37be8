package org.vapath.server.web;

import static org.vapath.core.Numbers.plain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vapath.core.Assessment;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.AppliedOverride;
import org.vapath.core.assessment.Coverage;
import org.vapath.core.assessment.CoverageItem;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.assessment.ProcedurePlan;
import org.vapath.core.knowledge.Complication;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.text.PlainWords;

/**
 * What the result page shows of an assessment: the decision first, then each level, then every
 * finding with its basis and source, the hold plan, the procedure, and the consent figures in
 * numbers and words. Every source cited is listed with its full reference.
 */
final class ResultView {
  private ResultView() {
  }

  record Level(String level, String etiology, String heightLoss, String genant, String acuity, String decision,
      String reasons) {
  }

  /**
   * A level's acuity in words with the imaging signs known at the level beside it (they do not
   * change it): "subacute; marrow oedema; no bone scan uptake".
   */
  static String acuity(String acuity, Boolean edema, Boolean uptake) {
    StringBuilder words = new StringBuilder(PlainWords.words(acuity));
    if (edema != null) {
      words.append(edema ? "; marrow oedema" : "; no marrow oedema");
    }
    if (uptake != null) {
      words.append(uptake ? "; bone scan uptake" : "; no bone scan uptake");
    }
    return words.toString();
  }

  record Item(String code, String label, String level, String basis, String source, String flags) {
  }

  record FindingList(String title, String id, String empty, List<Item> items) {
  }

  record Hold(String drug, String recordedAs, String drugClass, String hold, String lastDose, String earliest,
      String action, String basis, String source) {
  }

  record Procedure(String options, String preferred, String rationale, String guidance, String guidanceBasis,
      String access, String source) {
  }

  record Consent(String risk, String riskWords, String complications, String riskBasis, String riskSource,
      String benefit, String benefitWords, String benefitBasis, String benefitSource) {
  }

  record Source(String id, String reference) {
  }

  /** The payer's coverage check, advisory: its policy, status in words and code, and criteria. */
  record CoverageView(String policy, String status, String statusWords, String source, List<Criterion> criteria) {
  }

  record Criterion(String code, String label, String statusWords, String basis, String source) {
  }

  /** "met", "not met", "incomplete" or "unknown", from the contract's word for a status. */
  static String statusWords(String status) {
    return PlainWords.words(status);
  }

  static Map<String, Object> of(Assessment a, KnowledgePack pack) {
    Set<String> cited = new LinkedHashSet<>();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("caseId", a.caseId());
    view.put("assessedOn", a.assessedOn().toString());
    view.put("knowledgeVersion", a.knowledgeVersion());
    view.put("decision", a.decision().name());
    view.put("decisionWords", PlainWords.capitalised(PlainWords.words(a.decision().name())));
    view.put("decisionClass", "decision-" + a.decision().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    view.put("decisionBasis", a.decisionBasis());
    view.put("overrides", a.knowledgeOverrides().stream().map(ResultView::override).toList());
    view.put("levels", a.levels().stream().map(ResultView::level).toList());
    view.put("findings", List.of(
        findings("Contraindications", "contraindications", "None.", a.contraindications(), cited),
        findings("Missing before deciding", "missing", "Nothing required is missing.", a.missing(), cited),
        findings("Preparation before the procedure", "preparation", "None.", a.preparation(), cited),
        findings("Work-up to order", "workup", "None.", a.workup(), cited),
        findings("To verify", "to-verify", "Nothing.", a.toVerify(), cited),
        findings("Cautions to weigh", "cautions", "None.", a.cautions(), cited),
        findings("Indications", "indications", "None.", a.indications(), cited),
        findings("Follow-up after the decision", "follow-up", "None.", a.followUp(), cited)));
    view.put("coverage", coverage(a.coverage(), cited));
    view.put("holdPlan", a.holdPlan().stream().map(h -> hold(h, cited)).toList());
    view.put("notRecognised", String.join(", ", a.medicationsNotRecognised()));
    view.put("procedure", procedure(a.procedure(), cited));
    view.put("consent", consent(a, pack, cited));
    List<Source> sources = new ArrayList<>();
    for (String id : cited) {
      sources.add(new Source(id, pack.sources().getOrDefault(id, "(not in the knowledge pack)")));
    }
    view.put("sources", sources);
    return view;
  }

  private static CoverageView coverage(Coverage c, Set<String> cited) {
    if (c == null) {
      return null;
    }
    List<Criterion> criteria = new ArrayList<>();
    for (CoverageItem item : c.criteria()) {
      String status = Vocabulary.wireName(item.status());
      criteria.add(new Criterion(item.code(), item.entry().label(), statusWords(status), item.basis(), item.source()));
      cited.addAll(item.sources());
    }
    String source = c.source() + (c.confirm() ? " (confirm)" : "");
    cited.addAll(List.of(c.source().split("; ")));
    return new CoverageView(c.policy(), c.statusName(), statusWords(c.statusName()), source, criteria);
  }

  private static String override(AppliedOverride o) {
    return o.id() + " = " + plain(o.value()) + " (pack: " + plain(o.packValue()) + ") from " + o.origin();
  }

  private static Level level(LevelAssessment l) {
    String genant = l.genantGrade() == null ? PlainWords.UNKNOWN : "grade " + l.genantGrade();
    String reasons = String.join("; ", l.reasons().stream().map(PlainWords::finding).toList());
    return new Level(l.level() == null ? "level " + PlainWords.UNKNOWN : l.level(),
        PlainWords.words(l.etiology().name()),
        l.heightLossPercent() == null ? PlainWords.UNKNOWN : plain(l.heightLossPercent()) + "%", genant,
        acuity(l.acuity().name(), l.edema(), l.boneScanUptake()), PlainWords.words(l.decision().name()), reasons);
  }

  private static FindingList findings(String title, String id, String empty, List<Finding> findings,
      Set<String> cited) {
    List<Item> items = new ArrayList<>();
    for (Finding f : findings) {
      String flags = flags(f.confirm(), f.institutionalDefault(), f.source());
      items.add(new Item(f.code(), f.entry().label(), f.level(), f.basis(), f.source(), flags));
      cited.addAll(f.sources());
    }
    return new FindingList(title, id, empty, items);
  }

  /**
   * The marks a finding's source does not already show: since version 2 the source carries
   * "(confirm)" and names "institutional default" as an id, and the page said "confirm" twice.
   * {@code null} when there is none left.
   */
  static String flags(boolean confirm, boolean institutional, String source) {
    String shown = source == null ? "" : source;
    boolean confirmFlag = confirm && !shown.contains("(confirm");
    boolean institutionalFlag = institutional && !shown.contains("institutional default");
    String flags = (confirmFlag ? "confirm: secondary source" : "")
        + (institutionalFlag ? (confirmFlag ? "; " : "") + "institutional default" : "");
    return flags.isEmpty() ? null : flags;
  }

  private static Hold hold(HoldItem h, Set<String> cited) {
    cite(cited, h.source());
    return new Hold(h.drug(), h.recordedAs(), h.drugClass(), h.hold() == null ? "see basis" : h.hold(),
        h.lastDose() == null ? PlainWords.UNKNOWN : h.lastDose().toString(),
        h.earliestProcedureDate() == null ? "-" : h.earliestProcedureDate().toString(),
        h.prescriberDecision() ? "prescriber decides" : "hold", h.basis() + (h.confirm() ? " (confirm)" : ""),
        h.source());
  }

  private static Procedure procedure(ProcedurePlan plan, Set<String> cited) {
    if (plan == null) {
      return null;
    }
    cited.addAll(plan.sources());
    return new Procedure(String.join(" or ", plan.options()).toLowerCase(Locale.ROOT),
        plan.preferred() == null ? "no preference" : plan.preferred().toLowerCase(Locale.ROOT), plan.rationale(),
        String.join(" + ", plan.guidance()).toLowerCase(Locale.ROOT), plan.guidanceBasis(),
        plan.access().toLowerCase(Locale.ROOT), plan.source());
  }

  private static Consent consent(Assessment a, KnowledgePack pack, Set<String> cited) {
    cite(cited, a.risk().source());
    cite(cited, a.expectedBenefit().source());
    List<String> names = new ArrayList<>();
    for (Complication c : pack.complications()) {
      if (a.risk().complications().contains(c.code())) {
        names.add(c.name());
      }
    }
    var relief = a.expectedBenefit().painReliefPercent();
    return consent(a.risk().complicationRatePercent(), names, a.risk().basis(), a.risk().source(),
        relief == null ? null : relief.low(), relief == null ? null : relief.high(), a.expectedBenefit().basis(),
        a.expectedBenefit().source());
  }

  /** The consent figures in numbers and words; the risk's basis states its figure, so it is said once. */
  static Consent consent(Double rate, List<String> names, String riskBasis, String riskSource, Double low,
      Double high, String benefitBasis, String benefitSource) {
    String benefit = low == null || high == null ? "no published figure" : low.equals(high)
        ? "about " + plain(low) + "%" : plain(low) + "-" + plain(high) + "%";
    String benefitWords = low == null || high == null
        ? "No figure is published in the knowledge base for this etiology."
        : (low.equals(high) ? "About " + plain(low) : "Between " + plain(low) + " and " + plain(high))
            + " in 100 patients have less pain or better mobility.";
    return new Consent(rate == null ? "no published figure" : "about " + plain(rate) + "%",
        rate == null ? "No overall complication rate is published in the knowledge base for this etiology."
            : "About " + plain(rate) + " in 100 patients have a complication.",
        String.join(", ", names), riskBasis, riskSource, benefit, benefitWords, benefitBasis, benefitSource);
  }

  /** A hold's, the risk's or the benefit's source: one id of the pack each. */
  private static void cite(Set<String> cited, String source) {
    if (source != null) {
      cited.add(source);
    }
  }
}
