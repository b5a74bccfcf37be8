package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.Sins;

/**
 * The per-level facts VAPath's profile carries on a fracture Condition (docs/fhir-profile.md): height
 * loss, the yes-or-no findings, the SINS and the Bilsky grade. An extension that cannot be read is
 * named in the record's issues with the value it held, and its fact alone stays unknown: the
 * fracture and the condition's other facts are still read, and an unreadable finding never reads as
 * "no".
 */
final class LevelExtensions {
  /** The sub-extension that carries the total in the {@code sins} extension. */
  static final String SINS_TOTAL = "total";

  private final JsonNode condition;
  private final SinsScale scale;
  private final ReadIssues issues;

  LevelExtensions(JsonNode condition, SinsScale scale, ReadIssues issues) {
    this.condition = condition;
    this.scale = scale;
    this.issues = issues;
  }

  /** A {@code valueBoolean} extension's value, or unknown. */
  Boolean bool(String url) {
    JsonNode extension = FhirNodes.extension(condition, url);
    if (extension == null) {
      return null;
    }
    JsonNode value = extension.get("valueBoolean");
    if (value == null || !value.isBoolean()) {
      return unreadable(url, extension, "must be a valueBoolean");
    }
    return value.booleanValue();
  }

  /** The height loss in percent, a {@code valueDecimal} from 0 to 100, or unknown. */
  Double heightLossPercent() {
    JsonNode extension = FhirNodes.extension(condition, VapathFhir.HEIGHT_LOSS);
    if (extension == null) {
      return null;
    }
    JsonNode value = extension.get("valueDecimal");
    if (value == null || !value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > 100) {
      return unreadable(VapathFhir.HEIGHT_LOSS, extension, "must be a valueDecimal from 0 to 100");
    }
    return value.doubleValue();
  }

  /** The Bilsky grade, a {@code valueCode} as the case format writes it ({@code 1a}), or unknown. */
  BilskyGrade bilskyGrade() {
    JsonNode extension = FhirNodes.extension(condition, VapathFhir.BILSKY_GRADE);
    if (extension == null) {
      return null;
    }
    String code = FhirNodes.text(extension, "valueCode");
    for (BilskyGrade grade : BilskyGrade.values()) {
      if (grade.wire().equals(code)) {
        return grade;
      }
    }
    return unreadable(VapathFhir.BILSKY_GRADE, extension, "must be a valueCode: 0, 1a, 1b, 1c, 2 or 3");
  }

  /**
   * The SINS: the sub-extension {@code total} (0 to the scale's highest), or the six components, each
   * a {@code valueInteger} of the points the scale gives it. One unreadable part leaves the whole
   * score unknown: the part may be what decides its band.
   */
  Sins sins() {
    JsonNode extension = FhirNodes.extension(condition, VapathFhir.SINS);
    if (extension == null) {
      return null;
    }
    JsonNode parts = extension.path("extension");
    if (!parts.isArray() || parts.isEmpty() || hasValue(extension)) {
      return unreadable(VapathFhir.SINS, extension, "must hold sub-extensions (total, or the six components),"
          + " not a value of its own");
    }
    Map<String, Integer> points = new HashMap<>();
    for (JsonNode part : parts) {
      String name = FhirNodes.text(part, "url");
      JsonNode value = part.get("valueInteger");
      Set<Integer> allowed = SINS_TOTAL.equals(name) ? null : name == null ? null : scale.points(name);
      boolean known = SINS_TOTAL.equals(name) || allowed != null;
      if (!known || points.containsKey(name)) {
        return unreadable(VapathFhir.SINS, extension, "has a sub-extension " + (name == null ? "without a url"
            : '"' + name + '"') + (known ? " twice" : ": it must be total or one of " + SinsScale.COMPONENTS));
      }
      if (value == null || !value.isInt() || (allowed == null ? value.intValue() < 0
          || value.intValue() > scale.maxTotal() : !allowed.contains(value.intValue()))) {
        return unreadable(VapathFhir.SINS + ")." + name, part, "must be a valueInteger, "
            + (allowed == null ? "0 to " + scale.maxTotal() : "one of " + allowed.stream().sorted().toList()));
      }
      points.put(name, value.intValue());
    }
    return new Sins(points.get(SINS_TOTAL), points.get("location"), points.get("pain"), points.get("boneLesion"),
        points.get("alignment"), points.get("collapse"), points.get("posterolateral"));
  }

  /**
   * Names the extension ({@code url}, or {@code url).part} for a part of one) and the value it held;
   * the fact stays unknown.
   */
  private <T> T unreadable(String url, JsonNode holder, String why) {
    String element = url.contains(")") ? url : url + ")";
    issues.add(condition, new InputError(FhirNodes.where(condition) + ".extension(" + element, value(holder), why));
    return null;
  }

  private static boolean hasValue(JsonNode extension) {
    for (var names = extension.fieldNames(); names.hasNext();) {
      if (names.next().startsWith("value")) {
        return true;
      }
    }
    return false;
  }

  /** The value an extension held, as its JSON ({@code "yes"}, {@code 12}), or {@code null} when it held none. */
  private static String value(JsonNode extension) {
    for (var fields = extension.fields(); fields.hasNext();) {
      var field = fields.next();
      if (field.getKey().startsWith("value")) {
        return field.getKey() + " " + field.getValue();
      }
    }
    return null;
  }
}
