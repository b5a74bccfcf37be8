package org.vapath.server;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The token ids ({@code jti}) seen, each kept until its token expires, so that a captured request
 * cannot be replayed. Bounded: past {@code capacity} the oldest entries go first.
 */
final class ReplayCache {
  private final int capacity;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  ReplayCache(int capacity) {
    this.capacity = capacity;
  }

  /** True the first time an id is offered before its expiry; false for a replay. */
  synchronized boolean firstUse(String id, Instant expires) {
    Instant now = Instant.now();
    for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Instant> entry = it.next();
      if (entry.getValue().isBefore(now) || seen.size() > capacity) {
        it.remove();
      } else {
        break;
      }
    }
    return seen.putIfAbsent(id, expires) == null;
  }
}
