package org.vapath.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.vapath.fhir.References;

/**
 * Who a resource belongs to, read from its line without building the tree: the top-level
 * {@code resourceType}, {@code id} and the {@code subject} (or {@code patient}) reference; the rest
 * is skipped. The line is parsed in full later, one patient at a time.
 */
record LineKey(String resourceType, String id, String patient) {
  private static final JsonFactory JSON = new JsonFactory();

  private static final String[] REFERENCES = {"\"subject\":{\"reference\":\"", "\"patient\":{\"reference\":\""};

  /**
   * The patient of a line written compactly, as bulk exports are ({@code "subject":{"reference":"..."}}),
   * found by a text search; {@code null} when the line is not written so, or is a Patient or a
   * Medication, for {@link #of} to read. Pass two checks every line's patient in its parsed tree.
   */
  static String quickPatient(String line) {
    if (line.startsWith("{\"resourceType\":\"Patient\"") || line.startsWith("{\"resourceType\":\"Medication\"")) {
      return null;
    }
    for (String prefix : REFERENCES) {
      int at = line.indexOf(prefix);
      if (at >= 0) {
        int start = at + prefix.length();
        int end = line.indexOf('"', start);
        return end < 0 || line.indexOf('\\', start) == end - 1 ? null : References.idOf(line.substring(start, end));
      }
    }
    return null;
  }

  /** The key of a line; a line that is not a JSON object is refused with the parser's words. */
  static LineKey of(String line) throws IOException {
    String type = null;
    String id = null;
    String reference = null;
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a line must be one JSON object (a FHIR resource)");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("resourceType") && value == JsonToken.VALUE_STRING) {
          type = parser.getText();
        } else if (field.equals("id") && value == JsonToken.VALUE_STRING) {
          id = parser.getText();
        } else if ((field.equals("subject") || field.equals("patient")) && value == JsonToken.START_OBJECT) {
          reference = reference(parser);
        } else {
          parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new IOException("the JSON object does not end where the line does");
      }
    }
    String patient = "Patient".equals(type) ? id : References.idOf(reference);
    return new LineKey(type, id, patient);
  }

  /** The patient of a parsed resource: its id for a Patient, else its subject's or patient's reference. */
  static String patientOf(com.fasterxml.jackson.databind.JsonNode resource) {
    if ("Patient".equals(resource.path("resourceType").asText())) {
      return resource.path("id").asText(null);
    }
    com.fasterxml.jackson.databind.JsonNode reference = resource.path("subject").get("reference");
    if (reference == null) {
      reference = resource.path("patient").get("reference");
    }
    return reference == null ? null : References.idOf(reference.asText());
  }

  private static String reference(JsonParser parser) throws IOException {
    String reference = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("reference") && value == JsonToken.VALUE_STRING) {
        reference = parser.getText();
      } else {
        parser.skipChildren();
      }
    }
    return reference;
  }
}
