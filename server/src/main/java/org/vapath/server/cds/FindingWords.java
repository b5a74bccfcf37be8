package org.vapath.server.cds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vapath.core.assessment.Finding;

/**
 * Findings in a clinician's words, for a card's summary: "platelet count", "active infection at
 * T7", not the engine's codes. The words are the catalogue's labels
 * ({@link org.vapath.core.catalogue.FindingCode#label()}).
 */
final class FindingWords {
  private FindingWords() {
  }

  /** Each finding's label, with its level when it has one, each phrase once. */
  static List<String> of(List<Finding> findings) {
    Set<String> phrases = new LinkedHashSet<>();
    for (Finding finding : findings) {
      phrases.add(finding.entry().label() + (finding.level() == null ? "" : " at " + finding.level()));
    }
    return new ArrayList<>(phrases);
  }

  /**
   * {@code head} then as many phrases as fit in {@code max} characters with {@code tail}, joined
   * as words ("a, b and c"), the rest counted ("a, b and 2 more").
   */
  static String sentence(String head, List<String> phrases, String tail, int max) {
    for (int shown = phrases.size(); shown > 0; shown--) {
      String text = head + join(phrases.subList(0, shown), phrases.size() - shown) + tail;
      if (text.length() <= max) {
        return text;
      }
    }
    String counted = head + phrases.size() + (phrases.size() == 1 ? " item" : " items") + tail;
    return counted.length() <= max ? counted : counted.substring(0, max - 1) + "…";
  }

  private static String join(List<String> shown, int more) {
    List<String> items = new ArrayList<>(shown);
    if (more > 0) {
      items.add(more + " more");
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
