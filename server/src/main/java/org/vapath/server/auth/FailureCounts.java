package org.vapath.server.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins that {@link SignInThrottle} counts, per account and per client address: in
 * this process's memory for a single instance, in the database when several instances share it (so
 * that guesses spread over the instances add up).
 */
public interface FailureCounts {
  /** What is counted: an account (its lower-case name) or a client address. */
  enum Kind {
    ACCOUNT, ADDRESS
  }

  /** How long a name stays locked from {@code now}; zero when it is not locked. */
  Duration wait(Kind kind, String name, Instant now);

  /**
   * Counts a failure; the count starts again once its lockout has passed since the last one, and
   * reaching {@code allowed} locks the name for {@code lockout}.
   */
  void failed(Kind kind, String name, int allowed, Duration lockout, Instant now);

  /** Forgets a name's failures (a good sign-in). */
  void forget(Kind kind, String name);

  /** This process's own counts. */
  static FailureCounts inMemory() {
    return new MemoryFailureCounts();
  }
}
