package org.vapath.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.model.ReportedFact;
import org.vapath.core.model.VertebralLevel;

/** The case's {@code reportedFacts}: what was read from reports' text, written and read back. */
final class ReportedFactsJson {
  private static final Set<String> FIELDS = Set.of("level", "field", "value", "report", "sentence", "use", "other");
  private static final Map<String, ReportedFact.Use> USES = Vocabulary.lowerCase(ReportedFact.Use.class);
  private static final Map<String, VertebralLevel> LEVELS = new LinkedHashMap<>();

  static {
    for (VertebralLevel level : VertebralLevel.values()) {
      LEVELS.put(level.name(), level);
    }
  }

  private ReportedFactsJson() {
  }

  static void write(List<ReportedFact> facts, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("reportedFacts");
    for (ReportedFact fact : facts) {
      json.writeStartObject();
      json.writeStringField("level", fact.level().name());
      json.writeStringField("field", fact.field());
      json.writeStringField("value", fact.value());
      json.writeStringField("report", fact.report());
      if (fact.sentence() != null) {
        json.writeStringField("sentence", fact.sentence());
      }
      json.writeStringField("use", fact.use().name().toLowerCase(java.util.Locale.ROOT));
      if (fact.other() != null) {
        json.writeStringField("other", fact.other());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static List<ReportedFact> read(JsonCursor in) throws IOException {
    List<ReportedFact> facts = new ArrayList<>(2);
    if (!in.array()) {
      return facts;
    }
    while (in.nextItem()) {
      if (!in.object()) {
        throw in.refuse("must be an object");
      }
      Map<String, String> text = new LinkedHashMap<>();
      VertebralLevel level = null;
      ReportedFact.Use use = null;
      while (in.nextField()) {
        switch (in.field()) {
          case "level" -> level = in.oneOf(LEVELS);
          case "use" -> use = in.oneOf(USES);
          case "sentence", "other" -> text.put(in.field(), in.text());
          case "field", "value", "report" -> text.put(in.field(), in.requiredText());
          default -> throw in.unknownField(FIELDS);
        }
      }
      String where = "reportedFacts[" + facts.size() + "].";
      for (String required : List.of("field", "value", "report")) {
        if (text.get(required) == null) {
          throw new InputError(where + required, null, "is required");
        }
      }
      if (level == null || use == null) {
        throw new InputError(where + (level == null ? "level" : "use"), null, "is required");
      }
      if (use == ReportedFact.Use.CONFLICT && text.get("other") == null) {
        throw new InputError(where + "other", null, "is required for a conflict: it names the other side");
      }
      facts.add(new ReportedFact(level, text.get("field"), text.get("value"), text.get("report"),
          text.get("sentence"), use, text.get("other")));
    }
    return facts;
  }
}
