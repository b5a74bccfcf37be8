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
