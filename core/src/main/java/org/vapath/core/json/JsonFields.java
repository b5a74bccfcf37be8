package org.vapath.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;

/** Writes one field of an assessment on Jackson's streaming generator, in the contract's forms. */
final class JsonFields {
  private JsonFields() {
  }

  static void strings(SerializedString name, List<String> values, JsonGenerator json) throws IOException {
    json.writeFieldName(name);
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  static void number(SerializedString name, Double value, JsonGenerator json) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      number(value, json);
    }
  }

  /** A whole number without a fraction ({@code 3}, as the contract writes figures), others as they are. */
  private static void number(double value, JsonGenerator json) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      json.writeNumber((long) value);
    } else {
      json.writeNumber(value);
    }
  }

  static void str(JsonGenerator json, SerializedString name, String value) throws IOException {
    json.writeFieldName(name);
    json.writeString(value);
  }

  static void num(JsonGenerator json, SerializedString name, double value) throws IOException {
    json.writeFieldName(name);
    number(value, json);
  }

  /** A fact that may be unknown: {@code null} is written as {@code null}, never as false. */
  static void bool(SerializedString name, Boolean value, JsonGenerator json) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeBoolean(value);
    }
  }

  static void bool(JsonGenerator json, SerializedString name, boolean value) throws IOException {
    json.writeFieldName(name);
    json.writeBoolean(value);
  }
}
