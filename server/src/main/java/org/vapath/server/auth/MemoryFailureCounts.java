package org.vapath.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The failed sign-ins of one instance, in its memory; bounded (names made up by the thousand are dropped). */
final class MemoryFailureCounts implements FailureCounts {
  /** Above this many names tracked of a kind, the expired ones are dropped. */
  private static final int TRACKED = 100_000;

  private final Map<Kind, Map<String, Failures>> tracked = new EnumMap<>(Kind.class);

  MemoryFailureCounts() {
    for (Kind kind : Kind.values()) {
      tracked.put(kind, new ConcurrentHashMap<>());
    }
  }

  @Override
  public Duration wait(Kind kind, String name, Instant now) {
    Failures failures = tracked.get(kind).get(name);
    if (failures == null || failures.lockedUntil == null || !failures.lockedUntil.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, failures.lockedUntil);
  }

  @Override
  public void failed(Kind kind, String name, int allowed, Duration lockout, Instant now) {
    Map<String, Failures> byName = tracked.get(kind);
    if (byName.size() > TRACKED) {
      byName.values().removeIf(f -> f.expired(now, lockout));
      if (byName.size() > TRACKED) {
        // Still full (names made up by the thousand): keep the locks, forget the counts short of one.
        byName.values().removeIf(f -> f.lockedUntil == null);
      }
    }
    byName.compute(name, (k, f) -> (f == null || f.expired(now, lockout) ? new Failures() : f).fail(now, allowed,
        lockout));
  }

  @Override
  public void forget(Kind kind, String name) {
    tracked.get(kind).remove(name);
  }

  /** Failures counted until forgotten; locked once too many. Changed only inside the map's compute. */
  private static final class Failures {
    private int count;
    private Instant last;
    private volatile Instant lockedUntil;

    Failures fail(Instant now, int allowed, Duration lockout) {
      count++;
      last = now;
      if (count >= allowed) {
        lockedUntil = now.plus(lockout);
      }
      return this;
    }

    /** Forgotten once a lock has ended or, unlocked, once the last failure is older than the lockout. */
    boolean expired(Instant now, Duration lockout) {
      Instant end = lockedUntil != null ? lockedUntil : last.plus(lockout);
      return !end.isAfter(now);
    }
  }
}
