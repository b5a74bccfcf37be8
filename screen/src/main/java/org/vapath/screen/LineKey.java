package org.vapath.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.vapath.fhir.References;

/**
 * Who a resource belongs to, read from its line without building the tree: the top-level
 * {@code resourceType}, {@code id} and the {@code subject} (or {@code patient}) reference; the rest
 * is skipped. The line is parsed in full later, one patient at a time.
 */
public record LineKey(String resourceType, String id, String patient) {
  private static final JsonFactory JSON = new JsonFactory();

  private static final byte[][] REFERENCES = {Bytes.ascii("\"subject\":{\"reference\":\""),
      Bytes.ascii("\"patient\":{\"reference\":\"")};
  private static final byte[] PATIENT_ID = Bytes.ascii("{\"resourceType\":\"Patient\",\"id\":\"");
  private static final byte[][] NOT_QUICK = {Bytes.ascii("{\"resourceType\":\"Patient\""),
      Bytes.ascii("{\"resourceType\":\"Medication\"")};

  /**
   * The patient of a line written compactly, as bulk exports are (a subject or patient object whose
   * first field is its reference), or of a Patient whose id follows its resourceType (as FHIR servers
   * write it),
   * found by a text search; {@code null} otherwise (and for a Medication), for {@link #of} to read.
   * Pass two checks every line's patient in its parsed tree.
   */
  public static String quickPatient(byte[] line, int from, int length) {
    if (Bytes.startsWith(line, from, from + length, PATIENT_ID)) {
      return quoted(line, from + PATIENT_ID.length, from + length, false);
    }
    for (byte[] prefix : NOT_QUICK) {
      if (Bytes.startsWith(line, from, from + length, prefix)) {
        return null;
      }
    }
    for (byte[] prefix : REFERENCES) {
      int at = Bytes.indexOf(line, from, from + length, prefix);
      if (at >= 0) {
        return quoted(line, at + prefix.length, from + length, true);
      }
    }
    return null;
  }

  /** The string that starts at {@code start} and ends at the next quote; {@code null} when it has an escape. */
  private static String quoted(byte[] line, int start, int to, boolean reference) {
    for (int i = start; i < to; i++) {
      if (line[i] == '\\') {
        return null; // an escape: let the parser read it
      }
      if (line[i] == '"') {
        String text = new String(line, start, i - start, StandardCharsets.UTF_8);
        return reference ? References.idOf(text) : text;
      }
    }
    return null;
  }


  /** The key of a line; a line that is not a JSON object is refused with the parser's words. */
  public static LineKey of(byte[] line, int from, int length) throws IOException {
    String type = null;
    String id = null;
    String reference = null;
    try (JsonParser parser = JSON.createParser(line, from, length)) {
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
  public static String patientOf(com.fasterxml.jackson.databind.JsonNode resource) {
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
