package org.vapath.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vapath.core.InputError;

/**
 * What the case form template shows: sections, fields with their current values, and every field
 * in error, each beside its field and listed in words ("Lab 2, value") with rows counted from 1.
 */
final class FormView {
  private FormView() {
  }

  record SectionView(String title, String hint, String id, List<FieldView> fields, RowsView rows,
      StatusView status) {
  }

  record RowsView(String name, String rowLabel, List<Heading> headings, List<RowView> rows) {
  }

  /** A column's heading, with its hint (a plausible range) under it, which each cell refers to. */
  record Heading(String label, String hint, String hintId) {
  }

  record RowView(int number, List<FieldView> cells) {
  }

  /** The unknown / none / as listed question of a list whose absence means "not recorded". */
  record StatusView(String name, String id, String label, List<OptionView> options, String error) {
  }

  record FieldView(String name, String id, String label, String value, String hint, String hintId, boolean text,
      boolean date,
      boolean number, boolean choice, boolean tristate, boolean lines, List<OptionView> options, String error) {
  }

  record OptionView(String value, String label, boolean selected, String id) {
  }

  /** One refusal in words, with the field's code kept small for whoever audits. */
  record ErrorView(String words, String problem, String value, String field, String id) {
  }

  private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d{1,3})]\\.(.+)$");

  /** The banner's list: each error named in the form's words. */
  static List<ErrorView> errors(CaseFormLayout layout, List<InputError> errors) {
    return errors.stream().map(e -> new ErrorView(words(layout, e.field()), e.problem(), e.value(), e.field(),
        id(e.field()))).toList();
  }

  /** A field's name in words: {@code labs[1].value} as "Lab 2, value"; an unknown name as it is. */
  static String words(CaseFormLayout layout, String field) {
    Matcher row = ROW.matcher(field);
    for (CaseFormLayout.Section s : layout.sections()) {
      for (FormField f : s.fields()) {
        if (f.name().equals(field)) {
          return f.label();
        }
      }
      if (field.equals(s.recordedList() + CaseForm.RECORDED)) {
        return s.title() + ": is this list recorded?";
      }
      CaseFormLayout.Rows r = s.rows();
      if (r != null && row.matches() && row.group(1).equals(r.name())) {
        String row1 = r.rowLabel() + " " + (Integer.parseInt(row.group(2)) + 1);
        for (FormField column : layout.columns(r.name())) {
          if (column.name().equals(row.group(3))) {
            return row1 + ", " + lowerFirst(column.label());
          }
        }
        return row1;
      }
    }
    return field;
  }

  /** "Height loss %" as "height loss %", but "SINS total" and "INR" as they are. */
  private static String lowerFirst(String label) {
    return label.length() > 1 && Character.isUpperCase(label.charAt(1)) ? label
        : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
  }

  static List<SectionView> of(CaseFormLayout layout, Map<String, String> values, List<InputError> errorList) {
    Map<String, InputError> errors = new HashMap<>();
    errorList.forEach(e -> errors.putIfAbsent(e.field(), e));
    List<SectionView> sections = new ArrayList<>();
    for (CaseFormLayout.Section s : layout.sections()) {
      List<FieldView> fields = new ArrayList<>();
      for (FormField f : s.fields()) {
        String hintId = f.hint() == null ? null : id(f.name()) + "-hint";
        fields.add(field(f, f.name(), f.label(), values, errors, hintId));
      }
      RowsView rows = null;
      if (s.rows() != null) {
        CaseFormLayout.Rows r = s.rows();
        List<RowView> rowViews = new ArrayList<>();
        // exactly the rows sent (or the few a new form offers): "Add a row" gives more
        int count = Math.max(r.minimumRows(), CaseForm.rowsIn(values, r.name()));
        for (int i = 0; i < count; i++) {
          List<FieldView> cells = new ArrayList<>();
          for (FormField column : r.columns()) {
            cells.add(field(column, r.name() + "[" + i + "]." + column.name(),
                r.rowLabel() + " " + (i + 1) + ": " + column.label(), values, errors, headingHintId(r, column)));
          }
          rowViews.add(new RowView(i + 1, cells));
        }
        rows = new RowsView(r.name(), r.rowLabel(), r.columns().stream().map(c -> new Heading(c.label(), c.hint(),
            headingHintId(r, c))).toList(), rowViews);
      }
      StatusView status = null;
      if (s.recordedList() != null) {
        String name = s.recordedList() + CaseForm.RECORDED;
        String current = values.getOrDefault(name, "");
        if (current.isEmpty() && filled(values, s.recordedList())) {
          current = CaseForm.LISTED; // rows filled with the status left blank are read as listed
        }
        InputError error = errors.get(name);
        status = new StatusView(name, id(name), "Is this list recorded?", List.of(
            option(name, "", "Unknown", current),
            option(name, CaseForm.NONE, "None", current),
            option(name, CaseForm.LISTED, "As listed", current)), error == null ? null : error.problem());
      }
      sections.add(new SectionView(s.title(), s.hint(), id(s.title()), fields, rows, status));
    }
    return sections;
  }

  /** The id of a column heading's hint, or {@code null} when the column has none. */
  private static String headingHintId(CaseFormLayout.Rows r, FormField column) {
    return column.hint() == null ? null : id(r.name() + "-" + column.name()) + "-hint";
  }

  private static FieldView field(FormField f, String name, String label, Map<String, String> values,
      Map<String, InputError> errors, String hintId) {
    InputError error = errors.get(name);
    String value = values.getOrDefault(name, "");
    List<OptionView> options = new ArrayList<>();
    if (f.kind() == FormField.Kind.TRISTATE) {
      options.add(option(name, "", "Unknown", value));
    }
    for (FormField.Option o : f.options()) {
      options.add(option(name, o.value(), o.label(), value));
    }
    if (f.kind() == FormField.Kind.CHOICE && !value.isEmpty() && options.stream().noneMatch(OptionView::selected)) {
      options.add(option(name, value, value, value)); // a spelling the format accepts but the list does not offer
    }
    String problem = error == null ? null
        : error.problem() + (error.value() == null ? "" : " (got " + error.value() + ")");
    FormField.Kind k = f.kind();
    return new FieldView(name, id(name), label, value, f.hint(), hintId, k == FormField.Kind.TEXT,
        k == FormField.Kind.DATE, k == FormField.Kind.NUMBER, k == FormField.Kind.CHOICE, k == FormField.Kind.TRISTATE,
        k == FormField.Kind.LINES, options, problem);
  }

  /** Whether any field of a list's rows, or the list's own field, holds a value. */
  private static boolean filled(Map<String, String> values, String list) {
    return values.entrySet().stream().anyMatch(e -> (e.getKey().startsWith(list + "[") || e.getKey().equals(list))
        && !e.getValue().isBlank());
  }

  private static OptionView option(String name, String value, String label, String current) {
    return new OptionView(value, label, value.equals(current), id(name + "-" + (value.isEmpty() ? "unknown" : value)));
  }

  /** An HTML id from a field name: {@code labs[0].value} as {@code f-labs-0-value}. */
  static String id(String name) {
    return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
  }
}
