package org.vapath.server.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vapath.core.Case;
import org.vapath.core.InputError;
import org.vapath.core.json.CaseReader;

/**
 * Every error of a submitted case form, not only the first. The reader stops at the first field
 * it refuses; so the check sets that field aside (its row when the row itself is refused) and reads
 * again, until the form reads or nothing more can be set aside. The case is returned only when no
 * error was found: a form with a refused field is never assessed without it.
 */
final class FormCheck {
  /** More errors than a form has fields is impossible; the cap only bounds a hostile submission. */
  private static final int MAX_ERRORS = 40;
  private static final Pattern ROW_FIELD = Pattern.compile("^(\\w+\\[\\d+])\\..*$");

  private FormCheck() {
  }

  /** The case read, or every error, each naming the field as the form names it. */
  record Checked(Case kase, CaseForm.Filled filled, List<InputError> errors) {
    Checked {
      errors = List.copyOf(errors);
    }

    boolean refused() {
      return !errors.isEmpty();
    }
  }

  static Checked check(CaseForm form, CaseReader reader, Map<String, String> values) {
    Map<String, String> trial = new LinkedHashMap<>(values);
    List<InputError> errors = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (int i = 0; i <= MAX_ERRORS; i++) {
      CaseForm.Filled filled = null;
      try {
        filled = form.toJson(trial);
        Case kase = reader.read(filled.json());
        return errors.isEmpty() ? new Checked(kase, filled, errors) : new Checked(null, null, errors);
      } catch (InputError e) {
        InputError inForm = filled == null ? e : filled.inForm(e);
        if (named.add(inForm.field())) {
          errors.add(inForm);
          if (!setAside(trial, inForm.field())) {
            break;
          }
        } else if (!setAsideRow(trial, inForm.field())) {
          // a field set aside and then missed ("is required"): its row goes too; else nothing is left to try
          break;
        }
      }
    }
    return new Checked(null, null, errors);
  }

  /** Removes the field in error, or what lies under it, or its whole row; false when none of it was sent. */
  private static boolean setAside(Map<String, String> values, String field) {
    if (values.remove(field) != null) {
      return true;
    }
    if (values.keySet().removeIf(name -> name.startsWith(field + ".") || name.startsWith(field + "["))) {
      return true;
    }
    return setAsideRow(values, field);
  }

  private static boolean setAsideRow(Map<String, String> values, String field) {
    Matcher row = ROW_FIELD.matcher(field);
    return row.matches() && values.keySet().removeIf(name -> name.startsWith(row.group(1) + "."));
  }
}
