package org.vapath.server.api;

import java.util.List;
import java.util.Locale;
import org.vapath.registry.EtiologyAudit;
import org.vapath.registry.Proportion;

/** The outcome audit as CSV, one row per etiology, for the quality team's spreadsheets. */
final class AuditCsv {
  private AuditCsv() {
  }

  static String of(List<EtiologyAudit> audit) {
    StringBuilder csv = new StringBuilder("etiology,procedures,complicated,complication_percent,"
        + "complication_ci_low,complication_ci_high,published_complication_percent,complication_verdict,"
        + "followed_up,successes,success_percent,success_ci_low,success_ci_high,published_success_low,"
        + "published_success_high,success_verdict,rmdq_followed_up,rmdq_mic,rmdq_mic_percent,rmdq_mic_ci_low,"
        + "rmdq_mic_ci_high,odi_followed_up,odi_mic,odi_mic_percent,odi_mic_ci_low,odi_mic_ci_high\n");
    for (EtiologyAudit a : audit) {
      csv.append(a.etiology()).append(',');
      proportion(csv, a.complications());
      csv.append(number(a.publishedComplicationPercent())).append(',').append(a.complicationVerdict()).append(',');
      csv.append(a.successes().cases()).append(',');
      csv.append(a.successes().events()).append(',').append(number(a.successes().percent())).append(',')
          .append(number(a.successes().lowPercent())).append(',').append(number(a.successes().highPercent()))
          .append(',');
      csv.append(number(a.publishedSuccessLowPercent())).append(',').append(number(a.publishedSuccessHighPercent()))
          .append(',').append(a.successVerdict()).append(',');
      proportion(csv, a.rmdqMinimalChange());
      proportion(csv, a.odiMinimalChange());
      csv.setCharAt(csv.length() - 1, '\n');
    }
    return csv.toString();
  }

  private static void proportion(StringBuilder csv, Proportion p) {
    csv.append(p.cases()).append(',').append(p.events()).append(',').append(number(p.percent())).append(',')
        .append(number(p.lowPercent())).append(',').append(number(p.highPercent())).append(',');
  }

  private static String number(Double value) {
    return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.1f", value);
  }
}
