package org.vapath.core.json;

import org.vapath.core.json.internal.FieldReader;
import static org.vapath.core.Numbers.plain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;

/**
 * Reads a JSON document token by token, strictly: each value must have the type, range or
 * vocabulary asked for, and a refusal names the value's path ({@code fractures[0].level}, taken
 * from the parser's context) and the value as written. {@code null} reads as {@code null}:
 * unknown, never a default. Streaming, because cases come by millions and a tree per case costs
 * more than the rest of the assessment.
 */
final class JsonCursor {
  /** The most items a list of a case may hold: far beyond any patient's, short of exhausting memory. */
  static final int MAX_ITEMS = 10_000;
  /** The longest text a case may hold (a name, an allergy, a record issue's why). */
  static final int MAX_TEXT = 10_000;
  private static final int MAX_SHOWN = 60;

  private final JsonParser parser;

  JsonCursor(JsonParser parser) {
    this.parser = parser;
  }

  /** Moves to the document's first token; false when the document is empty. */
  boolean start() throws IOException {
    return parser.nextToken() != null;
  }

  /** Refuses anything after the document's one value. */
  void end() throws IOException {
    if (parser.nextToken() != null) {
      throw new InputError("(document)", null, "has content after the case; give one case per document or line");
    }
  }

  /** At an object: true to read its fields; false for {@code null}; refused for anything else. */
  boolean object() throws IOException {
    return structure(JsonToken.START_OBJECT, "an object");
  }

  /** At an array: true to read its items; false for {@code null}; refused for anything else. */
  boolean array() throws IOException {
    return structure(JsonToken.START_ARRAY, "an array");
  }

  /** Moves to the next field's value; false at the end of the object. */
  boolean nextField() throws IOException {
    if (parser.nextToken() == JsonToken.END_OBJECT) {
      return false;
    }
    parser.nextToken();
    return true;
  }

  /** Moves to the next item of the array; false at its end; refused past {@link #MAX_ITEMS}. */
  boolean nextItem() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    JsonStreamContext items = parser.getParsingContext();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      items = items.getParent();
    }
    if (items.getCurrentIndex() >= MAX_ITEMS) {
      String item = path();
      throw new InputError(item.substring(0, item.lastIndexOf('[')), null, "has more than " + MAX_ITEMS + " items");
    }
    return true;
  }

  /** The name of the field whose value the cursor is at. */
  String field() throws IOException {
    return parser.currentName();
  }

  InputError unknownField(Set<String> known) {
    return new InputError(path(), null, "unknown field; expected one of "
        + String.join(", ", known.stream().sorted().toList()));
  }

  String text() throws IOException {
    if (isNull()) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw refuse("must be a string");
    }
    if (parser.getTextLength() > MAX_TEXT) {
      throw refuse("is longer than " + MAX_TEXT + " characters");
    }
    return parser.getText();
  }

  String requiredText() throws IOException {
    String text = text();
    if (text == null || text.isBlank()) {
      throw refuse("is required and must be a non-empty string");
    }
    return text;
  }

  Double number(double min, double max) throws IOException {
    if (isNull()) {
      return null;
    }
    if (!parser.currentToken().isNumeric()) {
      throw refuse("must be a number");
    }
    double number = parser.getDoubleValue();
    if (!Double.isFinite(number) || number < min || number > max) {
      throw refuse("must be between " + plain(min) + " and " + plain(max));
    }
    return number;
  }

  Integer integer(int min, int max) throws IOException {
    Double number = number(min, max);
    if (number != null && number != Math.rint(number)) {
      throw refuse("must be a whole number");
    }
    return number == null ? null : number.intValue();
  }

  Boolean bool() throws IOException {
    if (isNull()) {
      return null;
    }
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw refuse("must be true, false or null");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  LocalDate date() throws IOException {
    String text = text();
    if (text == null) {
      return null;
    }
    LocalDate date = FieldReader.isoDate(text);
    if (date == null) {
      throw refuse("must be a calendar date as yyyy-mm-dd");
    }
    return date;
  }

  /** One of the values of a wire vocabulary (e.g. {@code "not_improving"}). */
  <E extends Enum<E>> E oneOf(Map<String, E> vocabulary) throws IOException {
    String text = text();
    if (text == null) {
      return null;
    }
    E value = vocabulary.get(text);
    if (value == null) {
      throw refuse("must be one of " + String.join(", ", vocabulary.keySet().stream().sorted().toList()));
    }
    return value;
  }

  /** An error about the value the cursor is at. */
  InputError refuse(String problem) throws IOException {
    return new InputError(path(), shown(), problem);
  }

  /** The path of the value the cursor is at, e.g. {@code labs[1].unit}. */
  String path() {
    JsonStreamContext context = parser.getParsingContext();
    if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
      context = context.getParent(); // a structure's own context is already open
    }
    StringBuilder path = new StringBuilder();
    for (; context != null && !context.inRoot(); context = context.getParent()) {
      path.insert(0, context.inArray() ? "[" + context.getCurrentIndex() + "]" : "." + context.getCurrentName());
    }
    return path.length() == 0 ? "(document)" : path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  private boolean structure(JsonToken start, String expected) throws IOException {
    if (isNull()) {
      return false;
    }
    if (parser.currentToken() != start) {
      throw refuse("must be " + expected);
    }
    return true;
  }

  private boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  private String shown() throws IOException {
    JsonToken token = parser.currentToken();
    String text;
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      JsonNode tree = parser.readValueAsTree();
      text = tree.toString();
    } else if (token == JsonToken.VALUE_STRING) {
      text = TextNode.valueOf(parser.getText()).toString();
    } else {
      text = parser.getText();
    }
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }

}
