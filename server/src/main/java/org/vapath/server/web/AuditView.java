package org.vapath.server.web;

import static org.vapath.core.Numbers.plain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vapath.registry.EtiologyAudit;
import org.vapath.registry.PainCourse;
import org.vapath.registry.Proportion;
import org.vapath.registry.Verdict;

/**
 * The audit dashboard: per etiology, the service's complication and success rates with their
 * Wilson 95% intervals drawn against the published figure or range (a forest plot in SVG), a
 * plain verdict, and each procedure's pain before and after (a dumbbell chart). Coordinates are
 * computed here so that the template only draws.
 */
final class AuditView {
  static final int WIDTH = 640;
  static final int LABEL = 150;
  static final int PLOT = 440;
  static final int ROW = 34;
  static final int TOP = 30;
  /** The most procedures the pain chart draws; the table and CSV hold them all. */
  static final int PAIN_ROWS = 60;

  private AuditView() {
  }

  record Row(String etiology, String events, String rate, String interval, String published, String verdict,
      String verdictClass) {
  }

  record Tick(String x, String label) {
  }

  record Mark(String label, String y, String textY, boolean measured, String x, String low, String high,
      boolean reference, String refLow, String refWidth, String title) {
  }

  record Chart(String title, String id, int height, String axisY, List<Tick> ticks, List<Mark> marks) {
  }

  record Pain(String label, String y, String textY, String before, String after, boolean followed, String title) {
  }

  static Map<String, Object> of(List<EtiologyAudit> audit, List<PainCourse> courses) {
    Map<String, Object> view = new LinkedHashMap<>();
    List<Row> complicationRows = new ArrayList<>();
    List<Row> successRows = new ArrayList<>();
    List<Proportion> complications = new ArrayList<>();
    List<Proportion> successes = new ArrayList<>();
    List<double[]> complicationRefs = new ArrayList<>();
    List<double[]> successRefs = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (EtiologyAudit a : audit) {
      labels.add(a.etiology());
      complications.add(a.complications());
      successes.add(a.successes());
      complicationRefs.add(reference(a.publishedComplicationPercent(), a.publishedComplicationPercent()));
      successRefs.add(reference(a.publishedSuccessLowPercent(), a.publishedSuccessHighPercent()));
      complicationRows.add(row(a.etiology(), a.complications(), complicationRefs.get(complicationRefs.size() - 1),
          a.complicationVerdict()));
      successRows.add(row(a.etiology(), a.successes(), successRefs.get(successRefs.size() - 1), a.successVerdict()));
    }
    double complicationMax = 20;
    for (int i = 0; i < complications.size(); i++) {
      complicationMax = Math.max(complicationMax, complications.get(i).cases() == 0 ? 0
          : complications.get(i).highPercent());
      complicationMax = Math.max(complicationMax, complicationRefs.get(i) == null ? 0 : complicationRefs.get(i)[1]);
    }
    complicationMax = Math.min(100, Math.ceil(complicationMax / 10) * 10);
    view.put("complicationRows", complicationRows);
    view.put("successRows", successRows);
    view.put("charts", List.of(
        chart("Complication rate by etiology (%)", "complication-chart", labels, complications, complicationRefs,
            complicationMax),
        chart("Success rate by etiology (%)", "success-chart", labels, successes, successRefs, 100)));
    view.put("pain", pain(courses));
    view.put("hasPain", !courses.isEmpty());
    view.put("painCount", courses.size());
    view.put("painShown", Math.min(PAIN_ROWS, courses.size()));
    view.put("painHeight", TOP + Math.min(PAIN_ROWS, courses.size()) * ROW + 10);
    view.put("painTicks", ticks(10, 1));
    view.put("empty", audit.isEmpty());
    return view;
  }

  private static double[] reference(Double low, Double high) {
    return low == null || high == null ? null : new double[] {low, high};
  }

  private static Row row(String etiology, Proportion p, double[] reference, Verdict verdict) {
    String published = reference == null ? "none published" : reference[0] == reference[1]
        ? plain(reference[0]) + "%" : plain(reference[0]) + "-" + plain(reference[1]) + "%";
    boolean none = p.cases() == 0;
    return new Row(etiology, p.events() + " / " + p.cases(), none ? "-" : percent(p.percent()),
        none ? "-" : percent(p.lowPercent()) + " to " + percent(p.highPercent()), published,
        FormField.words(verdict.name()), "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  private static Chart chart(String title, String id, List<String> labels, List<Proportion> values,
      List<double[]> references, double max) {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Proportion p = values.get(i);
      double[] ref = references.get(i);
      int y = TOP + i * ROW + ROW / 2;
      boolean measured = p.cases() > 0;
      String hover = labels.get(i) + ": " + (measured ? percent(p.percent()) + " (95% CI " + percent(p.lowPercent())
          + " to " + percent(p.highPercent()) + ", " + p.events() + "/" + p.cases() + ")" : "no cases yet")
          + (ref == null ? "; none published" : "; published " + plain(ref[0])
              + (ref[0] == ref[1] ? "" : "-" + plain(ref[1])) + "%");
      marks.add(new Mark(labels.get(i), coordinate(y), coordinate(y + 4), measured, x(p.percent(), max),
          x(p.lowPercent(), max), x(p.highPercent(), max), ref != null, ref == null ? "0" : x(ref[0], max),
          ref == null ? "0" : coordinate(Math.max(3, scale(ref[1], max) - scale(ref[0], max))), hover));
    }
    return new Chart(title, id, TOP + labels.size() * ROW + 24, coordinate(TOP + labels.size() * ROW),
        ticks(max, max <= 20 ? 5 : 10), marks);
  }

  private static List<Tick> ticks(double max, double step) {
    List<Tick> ticks = new ArrayList<>();
    for (double v = 0; v <= max + 1e-9; v += step) {
      ticks.add(new Tick(x(v, max), plain(v)));
    }
    return ticks;
  }

  private static List<Pain> pain(List<PainCourse> courses) {
    List<Pain> rows = new ArrayList<>();
    List<PainCourse> shown = courses.subList(Math.max(0, courses.size() - PAIN_ROWS), courses.size());
    for (int i = 0; i < shown.size(); i++) {
      PainCourse c = shown.get(i);
      int y = TOP + i * ROW + ROW / 2;
      String label = (c.caseRef() == null ? "case " + c.caseId() : c.caseRef()) + " (" + c.etiology() + ")";
      String hover = label + ": NRS " + (c.before() == null ? "unknown" : plain(c.before())) + " before, "
          + (c.after() == null ? "no follow-up counted yet" : plain(c.after()) + " at the first follow-up");
      rows.add(new Pain(label, coordinate(y), coordinate(y + 4), c.before() == null ? null : x(c.before(), 10),
          c.after() == null ? null : x(c.after(), 10), c.before() != null && c.after() != null, hover));
    }
    return rows;
  }

  private static double scale(double value, double max) {
    return Math.max(0, Math.min(1, value / max)) * PLOT;
  }

  private static String x(double value, double max) {
    return coordinate(LABEL + scale(value, max));
  }

  private static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }
}
