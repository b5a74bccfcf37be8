package org.vapath.core.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes VAPath recognises in coded data (FHIR), the words that name a vertebral augmentation
 * in an order's text, and the source they come from.
 */
public record Terminology(List<Concept> concepts, List<String> orderWords, String source) {
  public Terminology {
    concepts = List.copyOf(concepts);
    orderWords = List.copyOf(orderWords);
  }

  /** The concept a coding means, or {@code null} when VAPath does not know it. */
  public Concept find(String system, String code) {
    for (Concept concept : concepts) {
      if (concept.matches(system, code)) {
        return concept;
      }
    }
    return null;
  }

  /** Every concept of one kind, e.g. all {@code "lab"} codes. */
  public List<Concept> meaning(String means) {
    List<Concept> found = new ArrayList<>();
    for (Concept concept : concepts) {
      if (concept.means().equals(means)) {
        found.add(concept);
      }
    }
    return found;
  }
}
