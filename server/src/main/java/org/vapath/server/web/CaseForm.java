package org.vapath.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vapath.core.InputError;

/**
 * Turns the case form's values into the case's JSON and back. The JSON is then read by the same
 * {@code CaseReader} as every other door, so the form can refuse nothing the format accepts and
 * accept nothing it refuses; errors name the form's own field ({@code labs[2].value}).
 */
final class CaseForm {
  /** The suffix of a list's status field: {@code medications.recorded}. */
  static final String RECORDED = ".recorded";
  static final String NONE = "none";
  static final String LISTED = "listed";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)](.*)$");
  /** The most rows a list of the form holds: the page offers a few; no patient needs more. */
  static final int MAX_ROWS = 50;

  private final CaseFormLayout layout;
  private final Set<String> lists = new HashSet<>();

  CaseForm(CaseFormLayout layout) {
    this.layout = layout;
    layout.sections().stream().filter(s -> s.rows() != null).forEach(s -> lists.add(s.rows().name()));
  }

  CaseFormLayout layout() {
    return layout;
  }

  /** The case JSON of a filled-in form, with the form row of each JSON list item. */
  record Filled(ObjectNode json, Map<String, List<Integer>> formRows) {
    /** The same error, naming the row as the form numbers it. */
    InputError inForm(InputError e) {
      Matcher m = ROW.matcher(e.field());
      if (!m.matches() || !formRows.containsKey(m.group(1))) {
        return e;
      }
      List<Integer> rows = formRows.get(m.group(1));
      int index = Integer.parseInt(m.group(2));
      int row = index < rows.size() ? rows.get(index) : index;
      return new InputError(m.group(1) + "[" + row + "]" + m.group(3), e.value(), e.problem());
    }
  }

  Filled toJson(Map<String, String> values) {
    checkRows(values);
    ObjectNode root = JSON.objectNode();
    Map<String, List<Integer>> formRows = new HashMap<>();
    for (CaseFormLayout.Section section : layout.sections()) {
      for (FormField field : section.fields()) {
        if (field.kind() == FormField.Kind.LINES) {
          lines(root, field.name(), values.get(field.name()));
        } else {
          put(root, field, field.name(), values.get(field.name()));
        }
      }
      // a list shown in several tables (the fractures) is written once, from all its columns
      if (section.rows() != null && !formRows.containsKey(section.rows().name())) {
        String list = section.rows().name();
        formRows.put(list, rows(root, list, layout.columns(list), values));
      }
      if (section.recordedList() != null) {
        recorded(root, section.recordedList(), blankToNull(values.get(section.recordedList() + RECORDED)));
      }
    }
    return new Filled(root, formRows);
  }

  private static List<Integer> rows(ObjectNode root, String list, List<FormField> columns,
      Map<String, String> values) {
    ArrayNode array = JSON.arrayNode();
    List<Integer> formRows = new ArrayList<>();
    for (int row : rowIndexes(values, list)) {
      ObjectNode item = JSON.objectNode();
      for (FormField column : columns) {
        put(item, column, column.name(), values.get(list + "[" + row + "]." + column.name()));
      }
      if (!item.isEmpty()) {
        array.add(item);
        formRows.add(row);
      }
    }
    if (!array.isEmpty()) {
      root.set(list, array);
    }
    return formRows;
  }

  /**
   * The rows of a list the values fill, in order, in one pass over the values: only rows that are
   * there are looked at, and none at or past {@link #MAX_ROWS} ({@link #checkRows} refuses those).
   */
  static SortedSet<Integer> rowIndexes(Map<String, String> values, String list) {
    SortedSet<Integer> rows = new TreeSet<>();
    for (String name : values.keySet()) {
      Matcher m = ROW.matcher(name);
      if (m.matches() && m.group(1).equals(list)) {
        int row = row(m.group(2));
        if (row < MAX_ROWS) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** How many rows of a list the values hold: one past the highest index, at most {@link #MAX_ROWS}. */
  static int rowsIn(Map<String, String> values, String list) {
    SortedSet<Integer> rows = rowIndexes(values, list);
    return rows.isEmpty() ? 0 : rows.last() + 1;
  }

  /** Refuses, naming it, a field of a list's row at or past {@link #MAX_ROWS}. */
  private void checkRows(Map<String, String> values) {
    for (String name : values.keySet()) {
      Matcher m = ROW.matcher(name);
      if (m.matches() && lists.contains(m.group(1)) && row(m.group(2)) >= MAX_ROWS) {
        throw new InputError(name, null, "is past the form's last row: a list holds at most " + MAX_ROWS
            + " rows");
      }
    }
  }

  /** A row's index; {@link #MAX_ROWS} for any number at or past it, however many digits it has. */
  private static int row(String digits) {
    return digits.length() > 3 ? MAX_ROWS : Math.min(MAX_ROWS, Integer.parseInt(digits));
  }

  private static void lines(ObjectNode root, String name, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    ArrayNode array = root.putArray(name);
    text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(array::add);
  }

  /** Applies a list's status: unknown (absent), none (empty), or as listed. */
  private static void recorded(ObjectNode root, String list, String status) {
    JsonNode items = root.get(list);
    int listed = items == null ? 0 : items.size();
    if (NONE.equals(status)) {
      if (listed > 0) {
        throw new InputError(list + RECORDED, '"' + NONE + '"', "says none, but " + listed + " are filled in;"
            + " clear them or choose \"as listed\"");
      }
      root.putArray(list);
    } else if (LISTED.equals(status) && listed == 0) {
      throw new InputError(list + RECORDED, '"' + LISTED + '"', "says as listed, but none is filled in");
    } else if (status != null && !LISTED.equals(status)) {
      throw new InputError(list + RECORDED, '"' + status + '"', "must be blank (unknown), none or listed");
    }
  }

  /** Writes one value at its dotted path; a number that does not parse stays text, for the reader to name. */
  private static void put(ObjectNode root, FormField field, String path, String raw) {
    String value = blankToNull(raw);
    if (value == null) {
      return;
    }
    ObjectNode parent = root;
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
    }
    String key = parts[parts.length - 1];
    switch (field.kind()) {
      case NUMBER -> {
        try {
          parent.put(key, new BigDecimal(value));
        } catch (NumberFormatException e) {
          parent.put(key, value);
        }
      }
      case TRISTATE -> parent.put(key, Boolean.parseBoolean(value));
      default -> parent.put(key, value);
    }
  }

  /** The form's values that show a case's JSON: the inverse of {@link #toJson}. */
  Map<String, String> values(JsonNode kase) {
    Map<String, String> values = new LinkedHashMap<>();
    flatten(values, "", kase);
    for (CaseFormLayout.Section section : layout.sections()) {
      String list = section.recordedList();
      if (list != null && kase.has(list)) {
        values.put(list + RECORDED, kase.get(list).isEmpty() ? NONE : LISTED);
      }
    }
    return values;
  }

  private static void flatten(Map<String, String> values, String prefix, JsonNode node) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(values, prefix + e.getKey() + ".", e.getValue()));
    } else if (node.isArray()) {
      String name = prefix.substring(0, prefix.length() - 1);
      if (node.isEmpty()) {
        return; // "none": the list's status says it
      }
      if (node.get(0).isValueNode()) {
        List<String> lines = new ArrayList<>();
        node.forEach(item -> lines.add(item.asText()));
        values.put(name, String.join("\n", lines));
      } else {
        for (int i = 0; i < node.size(); i++) {
          flatten(values, name + "[" + i + "].", node.get(i));
        }
      }
    } else if (!node.isNull()) {
      values.put(prefix.substring(0, prefix.length() - 1), node.asText());
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
