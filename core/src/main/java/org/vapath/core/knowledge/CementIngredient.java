package org.vapath.core.knowledge;

import java.util.List;

/**
 * An ingredient of acrylic bone cement, its role, and the names under which it appears in allergy
 * lists (already normalised: lower case, words separated by single spaces).
 */
public record CementIngredient(String name, String role, List<String> synonyms) {
  public CementIngredient {
    synonyms = List.copyOf(synonyms);
  }
}
