package org.vapath.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vapath.core.InputError;

/** What the case form template shows: sections, fields with their current values, and the field in error. */
final class FormView {
  private FormView() {
  }

  record SectionView(String title, String hint, String id, List<FieldView> fields, RowsView rows,
      StatusView status) {
  }

  record RowsView(String name, String rowLabel, List<String> headings, List<RowView> rows) {
  }

  record RowView(int number, List<FieldView> cells) {
  }

  /** The unknown / none / as listed question of a list whose absence means "not recorded". */
  record StatusView(String name, String label, List<OptionView> options) {
  }

  record FieldView(String name, String id, String label, String value, String hint, boolean text, boolean date,
      boolean number, boolean choice, boolean tristate, boolean lines, List<OptionView> options, String error) {
  }

  record OptionView(String value, String label, boolean selected, String id) {
  }

  static List<SectionView> of(CaseFormLayout layout, Map<String, String> values, InputError error) {
    List<SectionView> sections = new ArrayList<>();
    for (CaseFormLayout.Section s : layout.sections()) {
      List<FieldView> fields = new ArrayList<>();
      for (FormField f : s.fields()) {
        fields.add(field(f, f.name(), f.label(), values, error));
      }
      RowsView rows = null;
      if (s.rows() != null) {
        CaseFormLayout.Rows r = s.rows();
        List<RowView> rowViews = new ArrayList<>();
        int count = Math.max(r.minimumRows(), CaseForm.rowsIn(values, r.name()) + 1);
        for (int i = 0; i < count; i++) {
          List<FieldView> cells = new ArrayList<>();
          for (FormField column : r.columns()) {
            cells.add(field(column, r.name() + "[" + i + "]." + column.name(),
                r.rowLabel() + " " + (i + 1) + ": " + column.label(), values, error));
          }
          rowViews.add(new RowView(i + 1, cells));
        }
        rows = new RowsView(r.name(), r.rowLabel(), r.columns().stream().map(FormField::label).toList(), rowViews);
      }
      StatusView status = null;
      if (s.recordedList() != null) {
        String name = s.recordedList() + CaseForm.RECORDED;
        String current = values.getOrDefault(name, "");
        status = new StatusView(name, "Is this list recorded?", List.of(
            option(name, "", "Not recorded (unknown)", current),
            option(name, CaseForm.NONE, "None", current),
            option(name, CaseForm.LISTED, "As listed", current)));
      }
      sections.add(new SectionView(s.title(), s.hint(), id(s.title()), fields, rows, status));
    }
    return sections;
  }

  private static FieldView field(FormField f, String name, String label, Map<String, String> values,
      InputError error) {
    String value = values.getOrDefault(name, "");
    List<OptionView> options = new ArrayList<>();
    if (f.kind() == FormField.Kind.TRISTATE) {
      options.add(option(name, "", "Unknown", value));
    }
    for (FormField.Option o : f.options()) {
      options.add(option(name, o.value(), o.label(), value));
    }
    String problem = error != null && error.field().equals(name) ? error.getMessage() : null;
    FormField.Kind k = f.kind();
    return new FieldView(name, id(name), label, value, f.hint(), k == FormField.Kind.TEXT, k == FormField.Kind.DATE,
        k == FormField.Kind.NUMBER, k == FormField.Kind.CHOICE, k == FormField.Kind.TRISTATE,
        k == FormField.Kind.LINES, options, problem);
  }

  private static OptionView option(String name, String value, String label, String current) {
    return new OptionView(value, label, value.equals(current), id(name + "-" + (value.isEmpty() ? "unknown" : value)));
  }

  /** An HTML id from a field name: {@code labs[0].value} as {@code f-labs-0-value}. */
  static String id(String name) {
    return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
  }
}
