package org.vapath.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.vapath.core.model.VertebralLevel;

/** What a report says about one vertebral level; a key is absent when the report says nothing about it. */
public record LevelReading(VertebralLevel level, Map<FactKey, Fact> facts) {
  public LevelReading {
    facts = Collections.unmodifiableMap(new EnumMap<>(facts));
  }

  /** The value of a key as the annotation writes it, if the report says it. */
  public Optional<String> value(FactKey key) {
    return Optional.ofNullable(facts.get(key)).map(Fact::value);
  }
}
