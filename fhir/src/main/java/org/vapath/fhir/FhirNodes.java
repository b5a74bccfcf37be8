package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.vapath.core.InputError;

/**
 * Reading FHIR R4 JSON as Jackson trees: the few element shapes VAPath needs (codings, dates,
 * extensions, references), so that a resource is read once, from the bytes, whichever door it came
 * through. A missing element is {@code null}; an element of the wrong JSON type is refused, naming it.
 */
final class FhirNodes {
  private FhirNodes() {
  }

  static String type(JsonNode resource) {
    return resource.path("resourceType").asText("");
  }

  static String id(JsonNode resource) {
    JsonNode id = resource.get("id");
    return id == null || !id.isTextual() ? null : id.asText();
  }

  /** {@code Condition/c-1}, for messages. */
  static String where(JsonNode resource) {
    String id = id(resource);
    return type(resource) + "/" + (id == null ? "?" : id);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The codings of a CodeableConcept (none when absent). */
  static List<JsonNode> codings(JsonNode concept) {
    List<JsonNode> codings = new ArrayList<>();
    if (concept != null) {
      concept.path("coding").forEach(codings::add);
    }
    return codings;
  }

  /** The code of a CodeableConcept's first coding, as HAPI's {@code getCodingFirstRep().getCode()}. */
  static String firstCode(JsonNode concept) {
    JsonNode first = concept == null ? null : concept.path("coding").get(0);
    return first == null ? null : text(first, "code");
  }

  /** The words a clinician wrote or the terminology displays: text first, then the first display. */
  static String words(JsonNode concept) {
    if (concept == null || concept.isMissingNode()) {
      return null;
    }
    String text = text(concept, "text");
    if (text != null && !text.isEmpty()) {
      return text;
    }
    for (JsonNode coding : concept.path("coding")) {
      String display = text(coding, "display");
      if (display != null && !display.isEmpty()) {
        return display;
      }
    }
    return null;
  }

  /**
   * A FHIR date or dateTime as the calendar date it was written with (its own time zone):
   * {@code 2026-11-20T10:00:00+02:00} is 20 November; {@code 2026-11} is 1 November. A value that
   * is none of these is refused, naming {@code resource}'s element.
   */
  static LocalDate date(String value, JsonNode resource, String element) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 4) {
        return LocalDate.of(Integer.parseInt(value), 1, 1);
      }
      boolean month = value.length() >= 7 && value.charAt(4) == '-';
      if (month && value.length() == 7) {
        return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10), 1);
      }
      if (month && value.length() >= 10 && value.charAt(7) == '-') {
        return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
            Integer.parseInt(value, 8, 10, 10));
      }
    } catch (NumberFormatException | DateTimeException e) {
      // refused below
    }
    throw new InputError(where(resource) + "." + element, '"' + value + '"', "is not a FHIR date");
  }

  /** The date of {@code effective[x]} or {@code onset[x]}: the date-time, or the start (else end) of the period. */
  static LocalDate choiceDate(JsonNode resource, String prefix) {
    for (String suffix : List.of("DateTime", "Instant")) {
      String value = text(resource, prefix + suffix);
      if (value != null) {
        return date(value, resource, prefix + suffix);
      }
    }
    JsonNode period = resource.get(prefix + "Period");
    if (period != null) {
      String value = text(period, "start") != null ? text(period, "start") : text(period, "end");
      return date(value, resource, prefix + "Period");
    }
    return null;
  }

  /** The first extension with this URL, or {@code null}. */
  static JsonNode extension(JsonNode resource, String url) {
    for (JsonNode extension : resource.path("extension")) {
      if (url.equals(text(extension, "url"))) {
        return extension;
      }
    }
    return null;
  }
}
