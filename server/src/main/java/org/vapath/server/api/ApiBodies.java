package org.vapath.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.json.internal.FieldReader;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.model.VertebralLevel;
import org.vapath.registry.ComplicationRecord;
import org.vapath.registry.FollowUpRecord;
import org.vapath.registry.ProcedureRecord;
import org.vapath.registry.Role;
import org.vapath.server.StrictJson;

/** Reads the API's request bodies (and the web forms' equivalents) strictly: each refusal names the field and value. */
public final class ApiBodies {
  private ApiBodies() {
  }

  static FieldReader root(String body, Set<String> fields) {
    return root(tree(body), fields);
  }

  private static FieldReader root(JsonNode tree, Set<String> fields) {
    return FieldReader.root(tree, "request body").allowOnly(fields);
  }

  static JsonNode tree(String body) {
    return StrictJson.read(body, "(document)");
  }

  public static ProcedureRecord procedure(JsonNode body) {
    FieldReader r = root(body, Set.of("performedOn", "technique", "approach", "guidance", "operator",
        "painNrsBefore", "levels"));
    FieldReader levels = r.object("levels");
    if (levels == null) {
      throw new InputError("levels", null, "is required: the cement volume in mL by level, e.g. {\"L1\": 4.5}");
    }
    Map<String, VertebralLevel> known = Vocabulary.exact(VertebralLevel.class);
    Map<VertebralLevel, Double> cement = new LinkedHashMap<>();
    for (String name : levels.fieldNames()) {
      VertebralLevel level = known.get(name);
      if (level == null) {
        throw levels.error(name, "is not a vertebral level");
      }
      cement.put(level, levels.requiredNumber(name, 0, 50));
    }
    try {
      return new ProcedureRecord(required(r.date("performedOn"), "performedOn"),
          required(r.oneOf("technique", Vocabulary.exact(ProcedureRecord.Technique.class)), "technique"),
          required(r.oneOf("approach", Vocabulary.exact(ProcedureRecord.Approach.class)), "approach"),
          required(r.oneOf("guidance", Vocabulary.exact(ProcedureRecord.Guidance.class)), "guidance"),
          r.requiredText("operator"), r.number("painNrsBefore", 0, 10), cement);
    } catch (IllegalArgumentException e) {
      throw new InputError("(document)", null, e.getMessage());
    }
  }

  public static ComplicationRecord complication(JsonNode body) {
    FieldReader r = root(body, Set.of("code", "description", "severity", "occurredOn"));
    try {
      return new ComplicationRecord(r.requiredText("code"), r.text("description"),
          required(r.oneOf("severity", Vocabulary.exact(ComplicationRecord.Severity.class)), "severity"),
          required(r.date("occurredOn"), "occurredOn"));
    } catch (IllegalArgumentException e) {
      throw new InputError("description", null, e.getMessage());
    }
  }

  public static FollowUpRecord followUp(JsonNode body) {
    FieldReader r = root(body, Set.of("seenOn", "painNrs", "rmdq", "odi", "newFractures"));
    return new FollowUpRecord(required(r.date("seenOn"), "seenOn"), r.requiredNumber("painNrs", 0, 10),
        r.integer("rmdq", 0, 24), r.number("odi", 0, 100), r.integer("newFractures", 0, 100));
  }

  record NewAccount(String username, char[] password, Role role) {
  }

  static NewAccount account(String body) {
    FieldReader r = root(body, Set.of("username", "password", "role"));
    return new NewAccount(r.requiredText("username"), r.requiredText("password").toCharArray(),
        required(r.oneOf("role", Vocabulary.exact(Role.class)), "role"));
  }

  /** The {@code {id}} of the path, a whole number. */
  public static long pathId(io.javalin.http.Context ctx) {
    String id = ctx.pathParam("id");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new InputError("id", '"' + id + '"', "must be a whole number");
    }
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new InputError(field, null, "is required");
    }
    return value;
  }
}
