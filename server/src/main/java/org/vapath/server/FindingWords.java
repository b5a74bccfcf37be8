package org.vapath.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vapath.core.assessment.Finding;

/**
 * Findings in a clinician's words, for a card's summary: "platelet count", "active infection at
 * T7", not the engine's codes. A code without words here (a newer rule) is still written as words,
 * lower case, with its abbreviations kept.
 */
final class FindingWords {
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("FRACTURES", "fracture list"),
      Map.entry("SPINE_RADIOGRAPH", "spine radiograph"),
      Map.entry("ETIOLOGY", "fracture cause"),
      Map.entry("PAIN_STATUS", "pain status"),
      Map.entry("PLATELET_COUNT", "platelet count"),
      Map.entry("INR", "INR"),
      Map.entry("WBC", "WBC count"),
      Map.entry("CROSS_SECTIONAL_IMAGING", "CT or MRI"),
      Map.entry("ASYMPTOMATIC", "asymptomatic fracture"),
      Map.entry("IMPROVING_WITH_MEDICAL_THERAPY", "improving with medical therapy"),
      Map.entry("ACTIVE_INFECTION", "active infection"),
      Map.entry("RETROPULSION_WITH_MYELOPATHY", "retropulsion with myelopathy"),
      Map.entry("TUMOR_CANAL_COMPROMISE", "canal compromise by tumor"),
      Map.entry("UNCORRECTABLE_COAGULOPATHY", "uncorrectable coagulopathy"),
      Map.entry("CEMENT_ALLERGY", "allergy to a bone cement ingredient"));
  private static final Set<String> ABBREVIATIONS = Set.of("INR", "WBC", "MRI", "CT", "PMMA");

  private FindingWords() {
  }

  /** Each finding's words, with its level when it has one, each phrase once. */
  static List<String> of(List<Finding> findings) {
    Set<String> phrases = new LinkedHashSet<>();
    for (Finding finding : findings) {
      phrases.add(words(finding.code()) + (finding.level() == null ? "" : " at " + finding.level()));
    }
    return new ArrayList<>(phrases);
  }

  static String words(String code) {
    String known = WORDS.get(code);
    if (known != null) {
      return known;
    }
    List<String> words = new ArrayList<>();
    for (String part : code.split("_")) {
      words.add(ABBREVIATIONS.contains(part) ? part : part.toLowerCase(Locale.ROOT));
    }
    return String.join(" ", words);
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
