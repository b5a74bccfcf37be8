package org.vapath.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes VAPath recognises in coded data (FHIR), the words that name a vertebral augmentation
 * in an order's text, and the source they come from.
 */
public final class Terminology {
  private final List<Concept> concepts;
  private final List<String> orderWords;
  private final String source;
  // The concepts by exact code, and the prefix concepts apart: a bulk export looks up millions of codings.
  private final Map<String, Map<String, Concept>> exact = new HashMap<>();
  private final List<Concept> prefixes = new ArrayList<>();

  public Terminology(List<Concept> concepts, List<String> orderWords, String source) {
    this.concepts = List.copyOf(concepts);
    this.orderWords = List.copyOf(orderWords);
    this.source = source;
    for (Concept concept : this.concepts) {
      if (concept.prefix()) {
        prefixes.add(concept);
      } else {
        exact.computeIfAbsent(concept.system(), system -> new HashMap<>()).putIfAbsent(concept.code(), concept);
      }
    }
  }

  public List<Concept> concepts() {
    return concepts;
  }

  public List<String> orderWords() {
    return orderWords;
  }

  public String source() {
    return source;
  }

  /** The concept a coding means, or {@code null} when VAPath does not know it. */
  public Concept find(String system, String code) {
    if (system == null || code == null) {
      return null;
    }
    Concept byPrefix = null;
    for (Concept concept : prefixes) {
      if (concept.matches(system, code)) {
        byPrefix = concept;
        break;
      }
    }
    Map<String, Concept> codes = exact.get(system);
    Concept byCode = codes == null ? null : codes.get(code);
    if (byPrefix == null || byCode == null) {
      return byPrefix == null ? byCode : byPrefix;
    }
    // Both match: the first in the pack's order wins, as a clinician reading the pack expects.
    return concepts.indexOf(byPrefix) < concepts.indexOf(byCode) ? byPrefix : byCode;
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
