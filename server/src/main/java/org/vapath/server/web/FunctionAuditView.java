package org.vapath.server.web;

import static org.vapath.core.Numbers.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vapath.core.knowledge.OutcomeDefinition;
import org.vapath.registry.EtiologyAudit;
import org.vapath.registry.Proportion;

/**
 * The audit's function table: per etiology, the share of patients reaching the minimal important
 * change on the RMDQ and on the ODI, with Wilson 95% intervals. No verdict: the pack holds no
 * published rate to compare it with.
 */
final class FunctionAuditView {
  private FunctionAuditView() {
  }

  /** One etiology: "reached / with both scores", the rate and its interval, for each scale. */
  record Row(String etiology, String rmdq, String rmdqRate, String rmdqInterval, String odi, String odiRate,
      String odiInterval) {
  }

  static List<Row> rows(List<EtiologyAudit> audit) {
    List<Row> rows = new ArrayList<>();
    for (EtiologyAudit a : audit) {
      Proportion r = a.rmdqMinimalChange();
      Proportion o = a.odiMinimalChange();
      rows.add(new Row(a.etiology(), r.events() + " / " + r.cases(), rate(r), interval(r), o.events() + " / "
          + o.cases(), rate(o), interval(o)));
    }
    return rows;
  }

  /** The bar in words: "RMDQ (0-24) down 5 points or more; ODI (0-100) down 10 points or more, ...". */
  static String definition(OutcomeDefinition outcome) {
    return "RMDQ (0-24) down " + plain(outcome.rmdqMinimalChangePoints()) + " points or more; ODI (0-100) down "
        + plain(outcome.odiMinimalChangePoints()) + " points or more, from the scores at assessment to the first"
        + " counted follow-up";
  }

  private static String rate(Proportion p) {
    return p.cases() == 0 ? "-" : percent(p.percent());
  }

  private static String interval(Proportion p) {
    return p.cases() == 0 ? "-" : percent(p.lowPercent()) + " to " + percent(p.highPercent());
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }
}
