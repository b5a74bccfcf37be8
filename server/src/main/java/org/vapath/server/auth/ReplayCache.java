package org.vapath.server.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.vapath.server.HttpProblem;

/**
 * The token ids ({@code jti}) seen, each kept until its token can no longer be accepted (its expiry
 * plus the clock skew allowed), so that a captured request cannot be replayed. An id is never
 * forgotten before then: the size is bounded by the token lifetime the authenticator allows, and when
 * {@code capacity} unexpired ids are held, new tokens are refused ({@link Full}) rather than an old one
 * forgotten.
 */
final class ReplayCache implements ReplayGuard {
  private final int capacity;
  private final Clock clock;
  private final Map<String, Instant> seen = new HashMap<>();
  private final PriorityQueue<Held> byExpiry = new PriorityQueue<>();

  ReplayCache(int capacity, Clock clock) {
    this.capacity = capacity;
    this.clock = clock;
  }

  @Override
  public synchronized boolean firstUse(String id, Instant keepUntil) {
    Instant now = clock.instant();
    while (!byExpiry.isEmpty() && byExpiry.peek().until().isBefore(now)) {
      seen.remove(byExpiry.poll().id());
    }
    if (seen.containsKey(id)) {
      return false;
    }
    if (seen.size() >= capacity) {
      throw new Full(capacity);
    }
    seen.put(id, keepUntil);
    byExpiry.add(new Held(keepUntil, id));
    return true;
  }

  synchronized int size() {
    return seen.size();
  }

  private record Held(Instant until, String id) implements Comparable<Held> {
    @Override
    public int compareTo(Held other) {
      return until.compareTo(other.until);
    }
  }

  /** Thrown when the cache holds as many unexpired ids as it may: 503, the EHR may retry shortly. */
  static final class Full extends HttpProblem {
    private static final long serialVersionUID = 1L;

    Full(int capacity) {
      super(503, "transient", "more than " + capacity + " tokens are in use at once; try again shortly", 10);
    }
  }
}
