package org.vapath.core.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key and kept, up to a bound: the engine writes the same few sentences for
 * most cases (an osteoporotic fracture at L1), and writing them dominates its cost. Past the bound, a value is
 * worked out each time and not kept, so a population of unusual cases cannot grow the memory without end.
 * The values must be immutable and depend on nothing but the key.
 */
final class Memo<K, V> {
  private final Map<K, V> kept = new ConcurrentHashMap<>();
  private final int bound;
  private final Function<K, V> work;

  Memo(int bound, Function<K, V> work) {
    this.bound = bound;
    this.work = work;
  }

  V get(K key) {
    V value = kept.get(key);
    if (value != null) {
      return value;
    }
    value = work.apply(key);
    if (kept.size() < bound) {
      kept.putIfAbsent(key, value);
    }
    return value;
  }

  /** How many values are kept (for tests). */
  int size() {
    return kept.size();
  }
}
