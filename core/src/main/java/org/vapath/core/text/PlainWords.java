package org.vapath.core.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vapath.core.catalogue.FindingCode;

/**
 * The words a clinician reads where the format keeps a code: a finding's label for its code, a unit
 * as clinicians write it ({@code 10*9/L} as ×10⁹/L, {@code {INR}} as INR), one spelling of
 * "unknown". Every page and text report takes its words from here, so a code reads the same
 * everywhere; the code itself stays in the record for whoever audits.
 */
public final class PlainWords {
  /** The one spelling of a value not known. */
  public static final String UNKNOWN = "unknown";

  private static final Map<String, String> UNITS = units();
  private static final Map<String, String> LABELS = labels();

  private PlainWords() {
  }

  /** A unit as written on a lab report: {@code x10^9/L} as "×10⁹/L"; a unit not listed as it is. */
  public static String unit(String unit) {
    if (unit == null) {
      return UNKNOWN;
    }
    return UNITS.getOrDefault(unit, unit);
  }

  /** The plain label of a finding code ("painful osteoporotic compression fracture"), or the code as words. */
  public static String finding(String code) {
    if (code == null) {
      return UNKNOWN;
    }
    return LABELS.getOrDefault(code, code.replace('_', ' ').toLowerCase(Locale.ROOT));
  }

  /** An enumeration's wire name as words: {@code NOT_INDICATED} as "not indicated". */
  public static String words(String name) {
    return name == null ? UNKNOWN : name.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** The same words with a capital, for a heading or a banner. */
  public static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Map<String, String> labels() {
    Map<String, String> labels = new HashMap<>();
    for (FindingCode c : FindingCode.values()) {
      labels.putIfAbsent(c.code(), c.label());
    }
    return Map.copyOf(labels);
  }

  // UCUM writes powers with * or ^ and a ratio as {INR} or 1; a clinician writes ×10⁹/L and INR
  private static Map<String, String> units() {
    Map<String, String> units = new HashMap<>();
    for (String u : new String[] {"10*9/L", "10^9/L", "x10^9/L"}) {
      units.put(u, "\u00d710\u2079/L");
    }
    for (String u : new String[] {"10*3/uL", "10^3/uL", "x10^3/uL"}) {
      units.put(u, "\u00d710\u00b3/\u00b5L");
    }
    units.put("K/uL", "K/\u00b5L");
    units.put("/uL", "/\u00b5L");
    units.put("/mm3", "/mm\u00b3");
    for (String u : new String[] {"{INR}", "INR", "1", "{ratio}", "ratio"}) {
      units.put(u, "INR");
    }
    return Map.copyOf(units);
  }
}
