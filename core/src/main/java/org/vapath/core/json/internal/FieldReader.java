package org.vapath.core.json.internal;

import static org.vapath.core.Numbers.plain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;

/**
 * Reads the fields of one JSON object strictly, keeping the path of each field so that every
 * refusal names it ({@code fractures[0].level}) and the value. Absent and {@code null} read as
 * {@code null}: unknown, never a default.
 */
public final class FieldReader {
  private static final int MAX_SHOWN = 60;

  private final JsonNode node;
  // The path is built only when an error needs it: cases come by millions and are mostly valid.
  private final FieldReader parent;
  private final String name;
  private final int index;

  private FieldReader(JsonNode node, FieldReader parent, String name, int index) {
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The reader of a whole document, which must be an object. */
  public static FieldReader root(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new InputError("(document)", show(node), "a " + what + " must be a JSON object");
    }
    return new FieldReader(node, null, null, -1);
  }

  public String path() {
    String path = ownPath();
    return path.isEmpty() ? "(document)" : path;
  }

  private String ownPath() {
    if (parent == null) {
      return "";
    }
    String path = parent.pathOf(name);
    return index < 0 ? path : path + "[" + index + "]";
  }

  /** Refuses any field not named, so that a misspelt field is not silently read as unknown. */
  public FieldReader allowOnly(Set<String> names) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw new InputError(pathOf(name), null, "unknown field; expected one of " + String.join(", ",
            names.stream().sorted().toList()));
      }
    }
    return this;
  }

  /** Whether the field holds an object (rather than a value of another type, or nothing). */
  public boolean isObject(String name) {
    JsonNode value = node.get(name);
    return value != null && value.isObject();
  }

  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  public String text(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw wrongType(name, value, "a string");
    }
    return value.textValue();
  }

  public String requiredText(String name) {
    String text = text(name);
    if (text == null || text.isBlank()) {
      throw new InputError(pathOf(name), show(node.get(name)), "is required and must be a non-empty string");
    }
    return text;
  }

  public Double number(String name, double min, double max) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      throw wrongType(name, value, "a number");
    }
    double number = value.doubleValue();
    if (!Double.isFinite(number) || number < min || number > max) {
      throw new InputError(pathOf(name), show(value), "must be between " + plain(min) + " and " + plain(max));
    }
    return number;
  }

  public double requiredNumber(String name, double min, double max) {
    Double number = number(name, min, max);
    if (number == null) {
      throw new InputError(pathOf(name), null, "is required");
    }
    return number;
  }

  public Integer integer(String name, int min, int max) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() && !(value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue()))) {
      throw wrongType(name, value, "a whole number");
    }
    return number(name, min, max).intValue();
  }

  public Boolean bool(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      throw wrongType(name, value, "true, false or null");
    }
    return value.booleanValue();
  }

  /** An ISO calendar date (yyyy-mm-dd). */
  public LocalDate date(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    LocalDate date = isoDate(text);
    if (date == null) {
      throw new InputError(pathOf(name), show(node.get(name)), "must be a calendar date as yyyy-mm-dd");
    }
    return date;
  }

  /**
   * The date of a strict yyyy-mm-dd text, or {@code null}. Checked by hand because
   * {@code LocalDate.parse} costs more than parsing the rest of a case, and cases come by millions.
   */
  public static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** One of the values of a wire vocabulary (e.g. {@code "not_improving"}). */
  public <E extends Enum<E>> E oneOf(String name, Map<String, E> vocabulary) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    E value = vocabulary.get(text);
    if (value == null) {
      throw new InputError(pathOf(name), show(node.get(name)), "must be one of "
          + String.join(", ", vocabulary.keySet().stream().sorted().toList()));
    }
    return value;
  }

  /** A nested object, or {@code null} when absent. */
  public FieldReader object(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      throw wrongType(name, value, "an object");
    }
    return new FieldReader(value, this, name, -1);
  }

  /** An array of objects, or {@code null} when absent. */
  public List<FieldReader> objects(String name) {
    JsonNode array = array(name);
    if (array == null) {
      return null;
    }
    List<FieldReader> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (!item.isObject()) {
        throw new InputError(pathOf(name) + "[" + i + "]", show(item), "must be an object");
      }
      items.add(new FieldReader(item, this, name, i));
    }
    return items;
  }

  /** An array of strings, or {@code null} when absent. */
  public List<String> texts(String name) {
    JsonNode array = array(name);
    if (array == null) {
      return null;
    }
    List<String> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (!item.isTextual()) {
        throw new InputError(pathOf(name) + "[" + i + "]", show(item), "must be a string");
      }
      items.add(item.textValue());
    }
    return items;
  }

  /** An array of numbers, or {@code null} when absent. */
  public List<Double> numbers(String name) {
    JsonNode array = array(name);
    if (array == null) {
      return null;
    }
    List<Double> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (!item.isNumber() || !Double.isFinite(item.doubleValue())) {
        throw new InputError(pathOf(name) + "[" + i + "]", show(item), "must be a number");
      }
      items.add(item.doubleValue());
    }
    return items;
  }

  /** The names of this object's fields, in document order. */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** An error about one field of this object. */
  public InputError error(String name, String problem) {
    return new InputError(pathOf(name), show(node.get(name)), problem);
  }

  public String pathOf(String field) {
    String path = ownPath();
    return path.isEmpty() ? field : path + "." + field;
  }

  private JsonNode array(String name) {
    JsonNode value = value(name);
    if (value != null && !value.isArray()) {
      throw wrongType(name, value, "an array");
    }
    return value;
  }

  private JsonNode value(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private InputError wrongType(String name, JsonNode value, String expected) {
    return new InputError(pathOf(name), show(value), "must be " + expected);
  }

  static String show(JsonNode value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }

}
