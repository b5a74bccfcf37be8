package org.vapath.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Numbers;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.VertebralLevel;

/** Plain-language pieces shared by the rules' bases. */
final class Words {
  /** Enum names in words, kept: the sentences of one assessment name the same few many times. */
  private static final Map<Enum<?>, String> LOWER = new ConcurrentHashMap<>();

  private Words() {
  }

  static String number(double value) {
    return Numbers.plain(value);
  }

  /** "the fracture at L1", or "the fracture #2 (level not recorded)". */
  static String fracture(String level, int index) {
    return level == null ? "the fracture #" + (index + 1) + " (level not recorded)" : "the " + level + " fracture";
  }

  /** "a" or "an" before a noun: "a platelet count", "an INR". */
  static String article(String noun) {
    return "AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an" : "a";
  }

  /** "A platelet count", "An INR". */
  static String withArticle(String noun) {
    String article = article(noun);
    return Character.toUpperCase(article.charAt(0)) + article.substring(1) + " " + noun;
  }

  static String lower(Enum<?> value) {
    return LOWER.computeIfAbsent(value, v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  static String joinAnd(List<String> parts) {
    return join(parts, "and");
  }

  /** "a, b and c" or "a, b or c". */
  static String join(List<String> parts, String conjunction) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " "
        + parts.get(parts.size() - 1);
  }

  /** Levels as runs in the spine's order: "C1-T4", "T11-L2 and S1". */
  static String levels(Set<VertebralLevel> levels) {
    List<String> runs = new ArrayList<>();
    VertebralLevel[] all = VertebralLevel.values();
    int start = 0;
    while (start < all.length) {
      int end = start;
      while (levels.contains(all[start]) && end + 1 < all.length && levels.contains(all[end + 1])) {
        end++;
      }
      if (levels.contains(all[start])) {
        runs.add(end == start ? all[start].name() : all[start].name() + "-" + all[end].name());
      }
      start = end + 1;
    }
    return joinAnd(runs);
  }

  /** The causes the pack holds for indications, "osteoporosis, malignancy or hemangioma". */
  static String indicatedCauses(KnowledgePack pack, String conjunction) {
    List<String> causes = new ArrayList<>(3);
    for (Etiology etiology : Etiology.values()) {
      EtiologyFacts facts = pack.etiology(etiology);
      if (facts != null && facts.isIndication()) {
        causes.add(lower(etiology));
      }
    }
    return join(causes, conjunction);
  }
}
