package org.vapath.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vapath.core.Case;

/** The cases behind the cards' links of one instance, in its memory, for a limited time and number. */
final class MemoryCaseLinks implements CaseLinks {
  private final Clock clock;
  private final Duration lifetime;
  private final int capacity;
  private final Map<String, Entry> entries;

  private record Entry(Case kase, Instant expires) {
  }

  MemoryCaseLinks(Clock clock, Duration lifetime, int capacity) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > MemoryCaseLinks.this.capacity;
      }
    };
  }

  @Override
  public synchronized String remember(Case kase) {
    String token = CaseLinks.newToken();
    entries.put(token, new Entry(kase, clock.instant().plus(lifetime)));
    return token;
  }

  @Override
  public synchronized Optional<Case> find(String token) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(token);
      return Optional.empty();
    }
    return Optional.of(entry.kase());
  }
}
