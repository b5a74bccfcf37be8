package org.vapath.core.text;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Numbers;
import org.vapath.core.catalogue.CriterionInfo;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.catalogue.Kind;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.rules.Criteria;

/**
 * The catalogue as Markdown: the table of codes that the README shows (a test keeps the two equal),
 * and every criterion with its inputs, thresholds (their values in force) and sources, for
 * {@code vapath knowledge}.
 */
public final class CatalogueMarkdown {
  private CatalogueMarkdown() {
  }

  /** The README's table of codes: one row per list of the assessment, each code with its label. */
  public static String codesTable() {
    StringBuilder md = new StringBuilder(4096);
    md.append("| list | codes |\n|---|---|\n");
    for (Kind kind : Kind.values()) {
      List<String> codes = new ArrayList<>();
      for (FindingCode code : FindingCode.of(kind)) {
        codes.add("`" + code.code() + "` (" + code.label() + ")");
      }
      if (!codes.isEmpty()) {
        md.append("| ").append(kind.list()).append(" | ").append(String.join(", ", codes)).append(" |\n");
      }
    }
    return md.toString();
  }

  /** Every criterion of the engine, in the order it applies them, under the pack's thresholds in force. */
  public static String criteria(KnowledgePack pack) {
    StringBuilder md = new StringBuilder(8192);
    md.append("| criterion | question | inputs | thresholds | codes | sources |\n|---|---|---|---|---|---|\n");
    for (CriterionInfo criterion : Criteria.catalogue()) {
      List<String> thresholds = new ArrayList<>();
      for (String id : criterion.thresholds()) {
        Threshold threshold = pack.threshold(id);
        thresholds.add("`" + id + "` = " + Numbers.plain(threshold.value()) + " " + threshold.unit() + " ["
            + threshold.source() + (threshold.confirm() ? " (confirm)" : "") + "]");
      }
      List<String> codes = new ArrayList<>();
      for (FindingCode code : criterion.codes()) {
        codes.add("`" + code.code() + "` (" + code.kind().list() + ")");
      }
      md.append("| ").append(criterion.name()).append(" | ").append(criterion.question()).append(" | ")
          .append(quoted(criterion.inputs())).append(" | ").append(String.join("; ", thresholds)).append(" | ")
          .append(String.join(", ", codes)).append(" | ").append(String.join(", ", criterion.sources()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String quoted(List<String> names) {
    List<String> quoted = new ArrayList<>(names.size());
    for (String name : names) {
      quoted.add("`" + name + "`");
    }
    return String.join(", ", quoted);
  }
}
