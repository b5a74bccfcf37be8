package org.vapath.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codes VAPath recognises in coded data (FHIR), the words that name a vertebral augmentation
 * in an order's text, the words that say "spine", and the source they come from. A code system may
 * arrive under another name ({@code aliases}: an OID, another URI form), and in some systems a dot is
 * only punctuation ({@code dotless}: ICD-10-CM's {@code M80.08XA} is also written {@code M8008XA}).
 */
public final class Terminology {
  private final List<Concept> concepts;
  private final List<String> orderWords;
  private final String source;
  private final Map<String, String> aliases;
  private final Set<String> dotless;
  private final SpineWords spineWords;
  private final String sexExtension;
  // The concepts by exact code, and the prefix concepts apart: a bulk export looks up millions of codings.
  private final Map<String, Map<String, List<Concept>>> exact = new HashMap<>();
  private final List<Concept> prefixes = new ArrayList<>();
  private final Map<Concept, String> keys = new HashMap<>();

  public Terminology(List<Concept> concepts, List<String> orderWords, String source, Map<String, String> aliases,
      Set<String> dotless, SpineWords spineWords, String sexExtension) {
    this.concepts = List.copyOf(concepts);
    this.orderWords = List.copyOf(orderWords);
    this.source = source;
    this.aliases = Map.copyOf(aliases);
    this.dotless = Set.copyOf(dotless);
    this.spineWords = spineWords;
    this.sexExtension = sexExtension;
    for (Concept concept : this.concepts) {
      String key = key(concept.system(), concept.code());
      keys.put(concept, key);
      if (concept.prefix()) {
        prefixes.add(concept);
      } else {
        exact.computeIfAbsent(concept.system(), system -> new HashMap<>())
            .computeIfAbsent(key, code -> new ArrayList<>(1)).add(concept);
      }
    }
  }

  /** The same codes with others added (an institution's), keeping the aliases and words. */
  public Terminology with(List<Concept> added) {
    List<Concept> all = new ArrayList<>(concepts);
    all.addAll(added);
    return new Terminology(all, orderWords, source, aliases, dotless, spineWords, sexExtension);
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

  /** Other names of code systems (an OID, another URI form), each to the URI the concepts use. */
  public Map<String, String> aliases() {
    return aliases;
  }

  /** The systems whose codes match with or without their dots. */
  public Set<String> dotless() {
    return dotless;
  }

  public SpineWords spineWords() {
    return spineWords;
  }

  /** The URL of the extension that records the patient's sex for clinical use. */
  public String sexExtension() {
    return sexExtension;
  }

  /** The URI a system name stands for: itself, or the URI it is an alias of. */
  public String canonical(String system) {
    return system == null ? null : aliases.getOrDefault(system, system);
  }

  /** The concept a coding means, or {@code null} when VAPath does not know it (the first in the pack's order). */
  public Concept find(String system, String code) {
    List<Concept> all = findAll(system, code);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The concept of this meaning that a coding has, or {@code null}. */
  public Concept find(String system, String code, String means) {
    for (Concept concept : findAll(system, code)) {
      if (concept.means().equals(means)) {
        return concept;
      }
    }
    return null;
  }

  /** Every concept a coding has (one code can mean two facts), in the pack's order. */
  public List<Concept> findAll(String system, String code) {
    if (system == null || code == null) {
      return List.of();
    }
    String uri = canonical(system);
    String key = key(uri, code);
    List<Concept> found = new ArrayList<>(1);
    for (Concept concept : prefixes) {
      if (concept.system().equals(uri) && concept.matchesKey(key, keys.get(concept))) {
        found.add(concept);
      }
    }
    Map<String, List<Concept>> codes = exact.get(uri);
    List<Concept> byCode = codes == null ? null : codes.get(key);
    if (byCode != null) {
      found.addAll(byCode);
    }
    if (found.size() > 1) {
      found.sort((a, b) -> Integer.compare(concepts.indexOf(a), concepts.indexOf(b)));
    }
    return found;
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

  private String key(String uri, String code) {
    return dotless.contains(uri) && code.indexOf('.') >= 0 ? code.replace(".", "") : code;
  }
}
