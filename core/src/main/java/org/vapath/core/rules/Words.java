package org.vapath.core.rules;

import java.util.List;
import java.util.Locale;
import org.vapath.core.Numbers;

/** Plain-language pieces shared by the rules' bases. */
final class Words {
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
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}
