package org.vapath.server.web;

import static org.vapath.core.Numbers.plain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vapath.core.Assessment;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.knowledge.Complication;
import org.vapath.core.model.VertebralLevel;
import org.vapath.registry.ComplicationRecord;
import org.vapath.registry.FollowUpRecord;
import org.vapath.registry.ProcedureRecord;
import org.vapath.registry.RecordedProcedure;

/**
 * The forms that record a procedure, a complication and a follow-up: their values become the same
 * JSON the REST API reads (so that one reader checks both), and their views show what was stored.
 */
final class RecordForms {
  static final String PROCEDURE = "procedure";
  static final String COMPLICATION = "complication-";
  static final String FOLLOW_UP = "follow-up-";
  static final int LEVEL_ROWS = 3;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The record forms' fields as their labels say them, so that a refusal names the field in words. */
  private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("performedOn", "Date of the procedure"),
      Map.entry("technique", "Technique"), Map.entry("approach", "Approach"), Map.entry("guidance", "Guidance"),
      Map.entry("operator", "Operator"), Map.entry("painNrsBefore", "Pain NRS before"),
      Map.entry("code", "Complication"), Map.entry("description", "Description"), Map.entry("severity", "Severity"),
      Map.entry("occurredOn", "Date of the complication"), Map.entry("seenOn", "Seen on"),
      Map.entry("painNrs", "Pain NRS"), Map.entry("rmdq", "Roland-Morris Disability Questionnaire (RMDQ)"),
      Map.entry("odi", "Oswestry Disability Index (ODI)"), Map.entry("newFractures", "New fractures"));

  private final List<FormField.Option> complicationCodes = new ArrayList<>();

  /** A form that was refused: which one, what was typed, and why. */
  record Refused(String form, Map<String, String> values, String message) {
  }

  /** A form's current values and its error, for the template. */
  record FormState(Map<String, String> values, String error, List<Map<String, Object>> levels,
      Map<String, List<Map<String, Object>>> choices) {
  }

  record ProcedureView(long id, String summary, String levels, List<String> complications, List<String> followUps,
      FormState complication, FormState followUp) {
  }

  RecordForms(KnowledgePack pack) {
    for (Complication c : pack.complications()) {
      complicationCodes.add(new FormField.Option(c.code(), c.name()));
    }
    complicationCodes.add(new FormField.Option(ComplicationRecord.OTHER, "other (describe)"));
  }

  /** A refusal in words: "Roland-Morris Disability Questionnaire (RMDQ): must be at most 24 (got 30)". */
  static String inWords(InputError e) {
    String label = LABELS.getOrDefault(e.field(), e.field());
    return label + ": " + e.problem() + (e.value() == null ? "" : " (got " + e.value() + ")");
  }

  ObjectNode procedure(Map<String, String> values) {
    ObjectNode body = JSON.objectNode();
    for (String field : List.of("performedOn", "technique", "approach", "guidance", "operator")) {
      text(body, field, values.get(field));
    }
    number(body, "painNrsBefore", values.get("painNrsBefore"));
    ObjectNode levels = body.putObject("levels");
    for (int i = 0; i < LEVEL_ROWS; i++) {
      String level = blankToNull(values.get("levels[" + i + "].level"));
      if (level != null) {
        String ml = blankToNull(values.get("levels[" + i + "].cementMl"));
        if (ml == null) {
          levels.putNull(level); // refused by the reader, which names the level
        } else {
          number(levels, level, ml);
        }
      }
    }
    if (levels.isEmpty()) {
      body.remove("levels");
    }
    return body;
  }

  ObjectNode complication(Map<String, String> values) {
    ObjectNode body = JSON.objectNode();
    for (String field : List.of("code", "description", "severity", "occurredOn")) {
      text(body, field, values.get(field));
    }
    return body;
  }

  ObjectNode followUp(Map<String, String> values) {
    ObjectNode body = JSON.objectNode();
    text(body, "seenOn", values.get("seenOn"));
    for (String field : List.of("painNrs", "rmdq", "odi", "newFractures")) {
      number(body, field, values.get(field));
    }
    return body;
  }

  /** The new-procedure form: the indicated levels offered first, the operator the user. */
  FormState procedureForm(Assessment a, String operator, Refused refused) {
    Map<String, String> values = new LinkedHashMap<>();
    String error = null;
    if (refused != null && refused.form().equals(PROCEDURE)) {
      values.putAll(refused.values());
      error = refused.message();
    } else {
      int row = 0;
      for (LevelAssessment l : a.levels()) {
        if (l.decision() == Decision.INDICATED && l.level() != null && row < LEVEL_ROWS) {
          values.put("levels[" + row++ + "].level", l.level());
        }
      }
      if (operator != null) {
        values.put("operator", operator);
      }
    }
    List<Map<String, Object>> levels = new ArrayList<>();
    for (int i = 0; i < LEVEL_ROWS; i++) {
      String chosen = values.getOrDefault("levels[" + i + "].level", "");
      List<Map<String, Object>> options = new ArrayList<>();
      for (VertebralLevel level : VertebralLevel.values()) {
        options.add(Map.of("value", level.name(), "selected", level.name().equals(chosen)));
      }
      levels.add(Map.of("index", i, "number", i + 1, "options", options, "cementMl",
          values.getOrDefault("levels[" + i + "].cementMl", "")));
    }
    return new FormState(values, error, levels, Map.of(
        "technique", choices(ProcedureRecord.Technique.class, values.get("technique")),
        "approach", choices(ProcedureRecord.Approach.class, values.get("approach")),
        "guidance", choices(ProcedureRecord.Guidance.class, values.get("guidance"))));
  }

  List<ProcedureView> procedures(List<RecordedProcedure> procedures, Refused refused) {
    List<ProcedureView> views = new ArrayList<>();
    for (RecordedProcedure p : procedures) {
      ProcedureRecord r = p.procedure();
      List<String> levels = new ArrayList<>();
      r.cementMlByLevel().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> levels.add(e.getKey() + " " + plain(e.getValue()) + " mL"));
      String summary = r.performedOn() + ": " + FormField.words(r.technique().name()) + ", "
          + FormField.words(r.approach().name()) + ", " + FormField.words(r.guidance().name()) + " guidance, by "
          + r.operator() + (r.painNrsBefore() == null ? "" : ", pain NRS before " + plain(r.painNrsBefore()));
      List<String> complications = p.complications().stream().map(c -> c.occurredOn() + ": " + c.code()
          + (c.description() == null ? "" : " (" + c.description() + ")") + ", " + FormField.words(c.severity().name()))
          .toList();
      List<String> followUps = p.followUps().stream().map(RecordForms::followUpLine).toList();
      views.add(new ProcedureView(p.id(), summary, String.join(", ", levels), complications, followUps,
          state(COMPLICATION + p.id(), refused, true), state(FOLLOW_UP + p.id(), refused, false)));
    }
    return views;
  }

  private static <E extends Enum<E>> List<Map<String, Object>> choices(Class<E> type, String chosen) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      options.add(option(constant.name(), FormField.words(constant.name()), chosen));
    }
    return options;
  }

  private static Map<String, Object> option(String value, String label, String chosen) {
    return Map.of("value", value, "label", label, "selected", value.equals(chosen));
  }

  private static String followUpLine(FollowUpRecord f) {
    return f.seenOn() + ": pain NRS " + plain(f.painNrs()) + (f.rmdq() == null ? "" : ", RMDQ " + f.rmdq())
        + (f.odi() == null ? "" : ", ODI " + plain(f.odi()))
        + (f.newFractures() == null ? "" : ", new fractures " + f.newFractures());
  }

  private FormState state(String form, Refused refused, boolean codes) {
    boolean mine = refused != null && refused.form().equals(form);
    Map<String, String> values = mine ? refused.values() : Map.of();
    Map<String, List<Map<String, Object>>> choices = new LinkedHashMap<>();
    if (codes) {
      List<Map<String, Object>> options = new ArrayList<>();
      for (FormField.Option o : complicationCodes) {
        options.add(option(o.value(), o.label(), values.get("code")));
      }
      choices.put("code", options);
      choices.put("severity", choices(ComplicationRecord.Severity.class, values.get("severity")));
    }
    return new FormState(values, mine ? refused.message() : null, List.of(), choices);
  }

  private static void text(ObjectNode body, String field, String value) {
    String v = blankToNull(value);
    if (v != null) {
      body.put(field, v);
    }
  }

  /** A number when it parses; otherwise the text, so that the reader names the field and the value. */
  private static void number(ObjectNode body, String field, String value) {
    String v = blankToNull(value);
    if (v == null) {
      return;
    }
    try {
      BigDecimal number = new BigDecimal(v);
      if (number.scale() <= 0) {
        body.put(field, number.longValueExact());
      } else {
        body.put(field, number);
      }
    } catch (ArithmeticException e) {
      body.put(field, v);
    } catch (NumberFormatException e) {
      body.put(field, v);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
