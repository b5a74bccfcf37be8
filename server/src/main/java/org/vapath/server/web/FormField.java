package org.vapath.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.text.PlainWords;

/**
 * One input of a form: its name (the JSON path it fills, e.g. {@code pain.nrs}), its label, its
 * kind and, for choices, the options. Blank always means unknown, never "no".
 */
record FormField(String name, String label, Kind kind, List<Option> options, String hint) {

  /** How the value is entered and how it is written into JSON. */
  enum Kind { TEXT, DATE, NUMBER, CHOICE, TRISTATE, LINES }

  /** A value a choice offers, with its words. */
  record Option(String value, String label) {
  }

  static FormField text(String name, String label, String hint) {
    return new FormField(name, label, Kind.TEXT, List.of(), hint);
  }

  static FormField date(String name, String label) {
    return new FormField(name, label, Kind.DATE, List.of(), null);
  }

  static FormField number(String name, String label) {
    return new FormField(name, label, Kind.NUMBER, List.of(), null);
  }

  static FormField tristate(String name, String label) {
    return new FormField(name, label, Kind.TRISTATE, List.of(new Option("true", "Yes"), new Option("false", "No")),
        null);
  }

  static FormField lines(String name, String label, String hint) {
    return new FormField(name, label, Kind.LINES, List.of(), hint);
  }

  /** A choice among an enumeration's wire names (lower case unless {@code exact}). */
  static <E extends Enum<E>> FormField choice(String name, String label, Class<E> type, boolean exact) {
    List<Option> options = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String value = exact ? constant.name() : Vocabulary.wireName(constant);
      // a value the record itself calls "unknown" is said so, apart from the blank (not recorded)
      String shown = exact ? value
          : "unknown".equals(value) ? "Recorded as unknown" : PlainWords.capitalised(words(value));
      options.add(new Option(value, shown));
    }
    return new FormField(name, label, Kind.CHOICE, options, null);
  }

  static FormField choice(String name, String label, List<Option> options) {
    return new FormField(name, label, Kind.CHOICE, options, null);
  }

  /** {@code not_improving} as "not improving". */
  static String words(String wireName) {
    return wireName.replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
