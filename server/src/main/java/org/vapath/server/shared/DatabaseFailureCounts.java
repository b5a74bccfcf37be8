package org.vapath.server.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.vapath.registry.SharedState;
import org.vapath.server.auth.FailureCounts;

/** The failed sign-ins counted by every instance together, in the database. */
final class DatabaseFailureCounts implements FailureCounts {
  private final SharedState state;

  DatabaseFailureCounts(SharedState state) {
    this.state = state;
  }

  @Override
  public Duration wait(Kind kind, String name, Instant now) {
    return state.lockedUntil(column(kind), name, now).map(until -> Duration.between(now, until))
        .orElse(Duration.ZERO);
  }

  @Override
  public void failed(Kind kind, String name, int allowed, Duration lockout, Instant now) {
    state.failed(column(kind), name, allowed, now, now.plus(lockout));
  }

  @Override
  public void forget(Kind kind, String name) {
    state.forget(column(kind), name);
  }

  private static String column(Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
