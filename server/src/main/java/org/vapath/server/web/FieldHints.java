package org.vapath.server.web;

import static org.vapath.core.Numbers.plain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.LabTest;
import org.vapath.core.text.PlainWords;

/**
 * The one table of what each number of the case form may hold, shown beside the field: the range
 * the case reader accepts, the unit, and the pack's thresholds the number meets. The labs' ranges,
 * the SINS points and every threshold come from the knowledge pack; the other ranges are the
 * reader's own limits, and {@code FieldHintsTest} checks each against the reader (its maximum
 * read, a value past it refused). Rows are keyed by their column ({@code fractures[].sins.total}).
 *
 * <p>The form's number inputs stay text inputs ({@code inputmode="decimal"}): a browser's number
 * input hands the server a blank for text it cannot parse ("eleven"), which would read as unknown
 * without a word, where the reader names the field and the value.
 */
final class FieldHints {
  /** A number's plausible range, whether it is whole, its unit and what the pathway makes of it. */
  record Range(double min, double max, boolean whole, String unit, String note) {
    /** "0-10 (payers: ...)" as the form shows it. */
    String text() {
      String range = plain(min) + "\u2013" + plain(max) + (unit.isEmpty() ? "" : " " + unit);
      return note == null ? range : range + "; " + note;
    }
  }

  private final Map<String, Range> ranges;
  private final String labs;

  private FieldHints(Map<String, Range> ranges, String labs) {
    this.ranges = Map.copyOf(ranges);
    this.labs = labs;
  }

  static FieldHints of(KnowledgePack pack) {
    Map<String, Range> r = new LinkedHashMap<>();
    r.put("pain.nrs", new Range(0, 10, false, "", "payers ask \u2265 "
        + value(pack, KnowledgePack.COVERAGE_OUTPATIENT_NRS) + ", or \u2265 "
        + value(pack, KnowledgePack.COVERAGE_INPATIENT_NRS) + " for an inpatient (confirm)"));
    r.put("function.rmdq", new Range(0, 24, true, "points", "payers count above "
        + value(pack, KnowledgePack.COVERAGE_RMDQ) + " (confirm)"));
    r.put("function.odi", new Range(0, 100, false, "%", null));
    r.put("renal.creatinineClearanceMlMin", new Range(0, 300, false, "mL/min", "sets the DOAC hold times"));
    r.put("patient.ageYears", new Range(0, 130, true, "years", null));
    r.put("patient.weightKg", new Range(0.5, 500, false, "kg", "actual body weight, for Cockcroft-Gault"));
    r.put("fractures[].heightLossPercent", new Range(0, 100, false, "%", "vertebra plana from "
        + value(pack, KnowledgePack.VERTEBRA_PLANA) + "%"));
    SinsScale sins = pack.sins();
    r.put("fractures[].sins.total", new Range(0, sins.maxTotal(), true, "points", "potentially unstable from "
        + value(pack, KnowledgePack.SINS_POTENTIALLY_UNSTABLE) + ", unstable from "
        + value(pack, KnowledgePack.SINS_UNSTABLE)));
    for (String part : SinsScale.COMPONENTS) {
      TreeSet<Integer> points = new TreeSet<>(sins.points(part));
      r.put("fractures[].sins." + part, new Range(points.first(), points.last(), true, "points",
          "one of " + String.join(", ", points.stream().map(String::valueOf).toList())));
    }
    return new FieldHints(r, labs(pack));
  }

  /** The range of a form field or row column, or {@code null} when the form has none for it. */
  Range range(String key) {
    return ranges.get(key);
  }

  Map<String, Range> all() {
    return ranges;
  }

  /** The labs' plausible ranges with the pathway's limits, for the lab rows (the unit is chosen per row). */
  String labs() {
    return labs;
  }

  private static String labs(KnowledgePack pack) {
    List<String> tests = new ArrayList<>();
    for (LabTest test : LabTest.values()) {
      LabSpec lab = pack.lab(test);
      String limit = switch (test) {
        case PLATELETS -> ", at least " + value(pack, KnowledgePack.PLATELETS_MIN) + " before the procedure";
        case INR -> ", at most " + value(pack, KnowledgePack.INR_MAX) + " before the procedure";
        case WBC -> ", above " + value(pack, KnowledgePack.WBC_MAX) + " is reviewed for infection";
        case CREATININE -> ", unit required";
      };
      String unit = lab.canonicalUnit().equalsIgnoreCase(lab.name()) ? "" : " " + PlainWords.unit(lab.canonicalUnit());
      tests.add(PlainWords.capitalised(lab.name()) + " " + plain(lab.plausibleMin()) + "\u2013"
          + plain(lab.plausibleMax()) + unit + limit);
    }
    return String.join("; ", tests) + ".";
  }

  private static String value(KnowledgePack pack, String threshold) {
    Threshold t = pack.threshold(threshold);
    return plain(t.value());
  }
}
