package org.vapath.server.cds;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the cards shown at order-select for a patient's draft orders, so that order-sign does
 * not alert again for the same orders unless the card changed (as HL7's PDDI CDS guide asks of
 * services that answer both hooks). Bounded in size and time.
 */
final class CardMemory {
  private static final Duration KEEP = Duration.ofHours(8);

  private final int capacity;
  private final LinkedHashMap<String, Shown> shown = new LinkedHashMap<>();

  private record Shown(int cardHash, Instant at) {
  }

  CardMemory(int capacity) {
    this.capacity = capacity;
  }

  synchronized void rememberSelect(String key, int cardHash) {
    shown.remove(key);
    shown.put(key, new Shown(cardHash, Instant.now()));
    evict();
  }

  /** Whether order-select already showed this same card for these orders. */
  synchronized boolean alreadyShown(String key, int cardHash) {
    evict();
    Shown before = shown.get(key);
    return before != null && before.cardHash() == cardHash;
  }

  private void evict() {
    Instant oldest = Instant.now().minus(KEEP);
    for (Iterator<Map.Entry<String, Shown>> it = shown.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Shown> entry = it.next();
      if (entry.getValue().at().isBefore(oldest) || shown.size() > capacity) {
        it.remove();
      } else {
        break;
      }
    }
  }
}
