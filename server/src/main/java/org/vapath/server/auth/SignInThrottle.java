package org.vapath.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.vapath.registry.Accounts;
import org.vapath.registry.Role;
import org.vapath.server.auth.FailureCounts.Kind;
import org.vapath.server.ServerConfig.SignInLimits;
import org.vapath.server.HttpProblem;
import org.vapath.server.ops.ServerMetrics;

/**
 * Slows down password guessing, for the API and the pages alike: an account is locked for a while
 * after some failed sign-ins in a row, a client address after some failures within that while, and
 * at most half the cores check passwords at once (bcrypt is slow on purpose: unthrottled guesses
 * would take the CPU from the EHR's hooks). Unknown usernames are counted as known ones are, so
 * that a lock says nothing of who has an account. Every attempt is written to the audit log.
 */
public final class SignInThrottle {
  private static final Duration WAIT_FOR_A_CORE = Duration.ofSeconds(5);

  private final Accounts accounts;
  private final SignInLimits limits;
  private final Clock clock;
  private final ServerMetrics metrics;
  private final FailureCounts counts;
  private final Semaphore checking = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

  public SignInThrottle(Accounts accounts, SignInLimits limits, Clock clock) {
    this(accounts, limits, clock, new ServerMetrics(), FailureCounts.inMemory());
  }

  /**
   * A throttle that keeps its counts in {@code counts} (shared by the instances, or this one's) and
   * counts the failed and refused sign-ins in {@code metrics}.
   */
  public SignInThrottle(Accounts accounts, SignInLimits limits, Clock clock, ServerMetrics metrics,
      FailureCounts counts) {
    this.counts = counts;
    this.metrics = metrics;
    this.accounts = accounts;
    this.limits = limits;
    this.clock = clock;
  }

  /** The role of a user whose password matches, empty for a wrong one; refused (429, 503) while throttled. */
  public Optional<Role> signIn(String username, char[] password, String address) {
    Instant now = clock.instant();
    String account = username.toLowerCase(Locale.ROOT);
    Duration accountWait = counts.wait(Kind.ACCOUNT, account, now);
    Duration addressWait = counts.wait(Kind.ADDRESS, address, now);
    if (!accountWait.isZero() || !addressWait.isZero()) {
      accounts.recordSignIn(username, "SIGN_IN_REFUSED", address);
      metrics.signInFailed("locked");
      throw new TooManyAttempts(accountWait.isZero() ? "this address" : "this account",
          accountWait.compareTo(addressWait) > 0 ? accountWait : addressWait);
    }
    Optional<Role> role = checked(() -> accounts.authenticate(username, password));
    if (role.isPresent()) {
      counts.forget(Kind.ACCOUNT, account);
      accounts.recordSignIn(username, "SIGN_IN", address);
    } else {
      counts.failed(Kind.ACCOUNT, account, limits.accountFailures(), limits.lockout(), now);
      counts.failed(Kind.ADDRESS, address, limits.addressFailures(), limits.lockout(), now);
      accounts.recordSignIn(username, "SIGN_IN_FAILED", address);
      metrics.signInFailed("failed");
    }
    return role;
  }

  private Optional<Role> checked(Supplier<Optional<Role>> check) {
    try {
      if (!checking.tryAcquire(WAIT_FOR_A_CORE.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    try {
      return check.get();
    } finally {
      checking.release();
    }
  }

  /** Thrown while an account or an address is locked: 429, with when to try again. */
  public static final class TooManyAttempts extends HttpProblem {
    private static final long serialVersionUID = 1L;

    TooManyAttempts(String who, Duration wait) {
      super(429, "throttled", "too many failed sign-ins for " + who + "; try again in " + minutes(wait)
          + ", or ask an administrator", Math.max(1, wait.toSeconds()));
    }

    private static String minutes(Duration wait) {
      long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
  }

  /** Thrown when no core was free to check a password within a few seconds: 503. */
  static final class Busy extends HttpProblem {
    private static final long serialVersionUID = 1L;

    Busy() {
      super(503, "transient", "too many sign-ins at once; try again in a few seconds", 5);
    }
  }
}
