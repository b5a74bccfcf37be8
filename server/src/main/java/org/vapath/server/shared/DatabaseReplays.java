package org.vapath.server.shared;

import java.time.Clock;
import java.time.Instant;
import org.vapath.registry.SharedState;
import org.vapath.server.auth.ReplayGuard;

/** The tokens' ids seen by any instance, in the database: one indexed insert per token. */
final class DatabaseReplays implements ReplayGuard {
  private final SharedState state;
  private final Clock clock;

  DatabaseReplays(SharedState state, Clock clock) {
    this.state = state;
    this.clock = clock;
  }

  @Override
  public boolean firstUse(String id, Instant keepUntil) {
    return state.firstUse(id, keepUntil, clock.instant());
  }
}
