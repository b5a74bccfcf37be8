package org.vapath.server.auth;

import java.time.Clock;
import java.time.Instant;

/**
 * Where the ids of the EHR's tokens are remembered, so that each token is accepted once: in this
 * process's memory for a single instance, in the database when several instances share it.
 */
public interface ReplayGuard {
  /** At the default lifetime, a million ids is about 3,000 hook calls a second: far past what one server answers. */
  int IN_MEMORY_CAPACITY = 1_000_000;

  /** True the first time an id is offered; false for a replay while {@code keepUntil} has not passed. */
  boolean firstUse(String id, Instant keepUntil);

  /** This process's own memory of the ids, on {@code clock}. */
  static ReplayGuard inMemory(Clock clock) {
    return new ReplayCache(IN_MEMORY_CAPACITY, clock);
  }
}
