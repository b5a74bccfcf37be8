package org.vapath.server.sheet;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.assessment.LevelAssessment;

/**
 * What the patient sheet says, taken from an assessment: either one just made, or one as the registry
 * stored it (its JSON), so that a stored case's sheet says what was decided and signed, with the pack
 * version it was decided with, never a re-assessment with today's pack.
 */
public record SheetFacts(String caseId, LocalDate assessedOn, Decision decision, List<String> indicatedLevels,
    String preferredTechnique, Double reliefLowPercent, Double reliefHighPercent, Double complicationRatePercent,
    List<String> complications, List<Hold> holds, Set<String> preparation, Set<String> followUp,
    String knowledgeVersion) {

  public SheetFacts {
    indicatedLevels = List.copyOf(indicatedLevels);
    complications = List.copyOf(complications);
    holds = List.copyOf(holds);
    preparation = Set.copyOf(preparation);
    followUp = Set.copyOf(followUp);
  }

  /**
   * A drug to stop, or not to stop alone: its name as recognised and as recorded, whether the
   * prescriber decides, whether the table gives a hold ({@code tabled}), the longest hold and its unit,
   * the last dose and the earliest day for the treatment when known.
   */
  public record Hold(String drug, String recordedAs, boolean prescriberDecision, boolean tabled, Double holdMax,
      String holdUnit, LocalDate lastDose, LocalDate earliest) {
  }

  /** The facts of an assessment just made. */
  public static SheetFacts of(Assessment a) {
    List<String> levels = new ArrayList<>();
    for (LevelAssessment level : a.levels()) {
      if (level.decision() == Decision.INDICATED && level.level() != null) {
        levels.add(level.level());
      }
    }
    List<Hold> holds = new ArrayList<>();
    for (HoldItem h : a.holdPlan()) {
      holds.add(new Hold(h.drug(), h.recordedAs(), h.prescriberDecision(), h.hold() != null, h.holdMax(),
          h.holdUnit(), h.lastDose(), h.earliestProcedureDate()));
    }
    var relief = a.expectedBenefit().painReliefPercent();
    return new SheetFacts(a.caseId(), a.assessedOn(), a.decision(), levels,
        a.procedure() == null ? null : a.procedure().preferred(), relief == null ? null : relief.low(),
        relief == null ? null : relief.high(), a.risk().complicationRatePercent(), a.risk().complications(), holds,
        codes(a.preparation()), codes(a.followUp()), a.knowledgeVersion());
  }

  /** The facts of an assessment as stored (the JSON of {@code AssessmentJson}). */
  public static SheetFacts stored(JsonNode a) {
    List<String> levels = new ArrayList<>();
    a.path("levels").forEach(l -> {
      if (Decision.INDICATED.name().equals(l.path("decision").asText()) && l.path("level").isTextual()) {
        levels.add(l.path("level").asText());
      }
    });
    List<Hold> holds = new ArrayList<>();
    a.path("holdPlan").forEach(h -> holds.add(new Hold(text(h, "drug"), text(h, "recordedAs"),
        h.path("prescriberDecision").asBoolean(false), text(h, "hold") != null, number(h, "holdMax"),
        text(h, "holdUnit"), date(h, "lastDose"), date(h, "earliestProcedureDate"))));
    List<String> complications = new ArrayList<>();
    a.path("risk").path("complications").forEach(c -> complications.add(c.asText()));
    JsonNode relief = a.path("expectedBenefit").path("painReliefPercent");
    return new SheetFacts(text(a, "caseId"), date(a, "assessedOn"), Decision.valueOf(a.path("decision").asText()),
        levels, text(a.path("procedure"), "preferred"), number(relief, "low"), number(relief, "high"),
        number(a.path("risk"), "complicationRatePercent"), complications, holds, codes(a.path("preparation")),
        codes(a.path("followUp")), text(a, "knowledgeVersion"));
  }

  private static Set<String> codes(List<Finding> findings) {
    Set<String> codes = new LinkedHashSet<>();
    findings.forEach(f -> codes.add(f.code()));
    return codes;
  }

  private static Set<String> codes(JsonNode findings) {
    Set<String> codes = new LinkedHashSet<>();
    findings.forEach(f -> codes.add(f.path("code").asText()));
    return codes;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.doubleValue() : null;
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : LocalDate.parse(value);
  }
}
