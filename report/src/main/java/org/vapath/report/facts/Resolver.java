package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vapath.core.model.VertebralLevel;
import org.vapath.report.Evidence;
import org.vapath.report.Fact;
import org.vapath.report.FactKey;
import org.vapath.report.LevelReading;

/**
 * Makes one value per level and key from everything read. What the findings and impression state
 * for the level wins; among those, "uncertain" wins over false and false over true, so that a
 * hedge or a negation anywhere is never lost to a plain mention (a reader must never say true for
 * what the report hedges or negates). Then a weak hedge, then a whole-study negation (only at
 * levels the report describes), then the history. An acuity is kept only for a fractured level;
 * on MRI, marrow edema with no acuity word is acute.
 */
public final class Resolver {
  private Resolver() {
  }

  public static List<LevelReading> resolve(List<Observation> observations, String modality) {
    Map<VertebralLevel, List<Observation>> byLevel = new TreeMap<>();
    Map<FactKey, List<Observation>> wholeStudy = new EnumMap<>(FactKey.class);
    for (Observation o : observations) {
      if (o.level() == null) {
        wholeStudy.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
      } else {
        byLevel.computeIfAbsent(o.level(), l -> new ArrayList<>()).add(o);
      }
    }
    List<LevelReading> levels = new ArrayList<>();
    byLevel.forEach((level, found) -> {
      Map<FactKey, Fact> facts = facts(found, wholeStudy, "MR".equals(modality));
      if (!facts.isEmpty()) {
        levels.add(new LevelReading(level, facts));
      }
    });
    return levels;
  }

  /** A level's facts; a whole-study negation alone makes no entry, it only completes one. */
  private static Map<FactKey, Fact> facts(List<Observation> found, Map<FactKey, List<Observation>> wholeStudy,
      boolean mri) {
    Map<FactKey, Fact> facts = new EnumMap<>(FactKey.class);
    Map<FactKey, List<Observation>> byKey = new EnumMap<>(FactKey.class);
    for (Observation o : found) {
      byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
    }
    for (FactKey key : FactKey.values()) {
      List<Observation> forKey = byKey.getOrDefault(key, List.of());
      List<Observation> chosen = strongest(forKey, List.of(Observation.Strength.STATED, Observation.Strength.WEAK));
      if (chosen.isEmpty() && wholeStudy.containsKey(key) && !forKey.isEmpty()) {
        chosen = wholeStudy.get(key);
      }
      if (chosen.isEmpty()) {
        chosen = strongest(forKey, List.of(Observation.Strength.HISTORY));
      }
      if (!chosen.isEmpty()) {
        facts.put(key, fact(key, chosen));
      }
    }
    Fact fracture = facts.get(FactKey.FRACTURE);
    boolean fractured = fracture != null && Candidate.TRUE.equals(fracture.value());
    if (!fractured) {
      facts.remove(FactKey.ACUITY);
    } else if (!facts.containsKey(FactKey.ACUITY) && mri && facts.containsKey(FactKey.EDEMA)
        && Candidate.TRUE.equals(facts.get(FactKey.EDEMA).value())) {
      List<Evidence> evidence = facts.get(FactKey.EDEMA).evidence().stream()
          .map(e -> new Evidence(e.sentence(), e.start(), e.end(), e.term(), "marrow edema on MRI with no acuity word"))
          .toList();
      facts.put(FactKey.ACUITY, new Fact(FactKey.ACUITY, "acute", evidence));
    }
    if (!facts.isEmpty()) {
      wholeStudy.forEach((key, negations) -> facts.computeIfAbsent(key, k -> fact(k, negations)));
    }
    return facts;
  }

  /** The observations of the first kind in {@code order} that is present. */
  private static List<Observation> strongest(List<Observation> forKey, List<Observation.Strength> order) {
    for (Observation.Strength strength : order) {
      List<Observation> of = forKey.stream().filter(o -> o.strength() == strength).toList();
      if (!of.isEmpty()) {
        return of;
      }
    }
    return List.of();
  }

  private static Fact fact(FactKey key, List<Observation> observations) {
    String value = switch (key.kind()) {
      case TRUTH -> truth(observations);
      case NUMBER -> mostFrequent(observations);
      case WORD -> key == FactKey.ACUITY ? acuity(observations) : word(observations);
    };
    List<Evidence> evidence = new ArrayList<>();
    Set<Integer> sentences = new LinkedHashSet<>();
    for (Observation o : observations) {
      if ((o.value().equals(value) || key == FactKey.ACUITY) && sentences.add(o.evidence().start())) {
        evidence.add(o.evidence());
      }
    }
    return new Fact(key, value, evidence);
  }

  private static String truth(List<Observation> observations) {
    Set<String> values = values(observations);
    return values.contains(Candidate.UNCERTAIN) ? Candidate.UNCERTAIN
        : values.contains(Candidate.FALSE) ? Candidate.FALSE : Candidate.TRUE;
  }

  private static String word(List<Observation> observations) {
    Set<String> values = values(observations);
    return values.size() == 1 ? values.iterator().next() : Candidate.UNCERTAIN;
  }

  /** "acute" with "subacute" is acute (as "acute/subacute" is); with "chronic" the acuity is uncertain. */
  private static String acuity(List<Observation> observations) {
    Set<String> values = values(observations);
    if (values.contains(Candidate.UNCERTAIN) || values.contains("chronic") && values.size() > 1) {
      return Candidate.UNCERTAIN;
    }
    return values.contains("acute") ? "acute" : values.iterator().next();
  }

  private static String mostFrequent(List<Observation> observations) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    observations.forEach(o -> counts.merge(o.value(), 1, Integer::sum));
    return counts.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
        .map(Map.Entry::getKey).orElseThrow();
  }

  private static Set<String> values(List<Observation> observations) {
    Set<String> values = new LinkedHashSet<>();
    observations.forEach(o -> values.add(o.value()));
    return values;
  }
}
