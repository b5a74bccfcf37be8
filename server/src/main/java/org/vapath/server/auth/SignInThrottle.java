package org.vapath.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.vapath.registry.Accounts;
import org.vapath.registry.Role;
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
  /** Above this many names or addresses tracked, the expired ones are dropped. */
  private static final int TRACKED = 100_000;
  private static final Duration WAIT_FOR_A_CORE = Duration.ofSeconds(5);

  private final Accounts accounts;
  private final SignInLimits limits;
  private final Clock clock;
  private final ServerMetrics metrics;
  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final Semaphore checking = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

  public SignInThrottle(Accounts accounts, SignInLimits limits, Clock clock) {
    this(accounts, limits, clock, new ServerMetrics());
  }

  /** A throttle that counts the failed and refused sign-ins in {@code metrics}. */
  public SignInThrottle(Accounts accounts, SignInLimits limits, Clock clock, ServerMetrics metrics) {
    this.metrics = metrics;
    this.accounts = accounts;
    this.limits = limits;
    this.clock = clock;
  }

  /** The role of a user whose password matches, empty for a wrong one; refused (429, 503) while throttled. */
  public Optional<Role> signIn(String username, char[] password, String address) {
    Instant now = clock.instant();
    String account = username.toLowerCase(Locale.ROOT);
    Duration accountWait = wait(byAccount, account, now);
    Duration addressWait = wait(byAddress, address, now);
    if (!accountWait.isZero() || !addressWait.isZero()) {
      accounts.recordSignIn(username, "SIGN_IN_REFUSED", address);
      metrics.signInFailed("locked");
      throw new TooManyAttempts(accountWait.isZero() ? "this address" : "this account",
          accountWait.compareTo(addressWait) > 0 ? accountWait : addressWait);
    }
    Optional<Role> role = checked(() -> accounts.authenticate(username, password));
    if (role.isPresent()) {
      byAccount.remove(account);
      accounts.recordSignIn(username, "SIGN_IN", address);
    } else {
      failed(byAccount, account, limits.accountFailures(), now);
      failed(byAddress, address, limits.addressFailures(), now);
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

  private Duration wait(Map<String, Failures> tracked, String key, Instant now) {
    Failures failures = tracked.get(key);
    if (failures == null || failures.lockedUntil == null || !failures.lockedUntil.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, failures.lockedUntil);
  }

  private void failed(Map<String, Failures> tracked, String key, int allowed, Instant now) {
    Duration lockout = limits.lockout();
    if (tracked.size() > TRACKED) {
      tracked.values().removeIf(f -> f.expired(now, lockout));
      if (tracked.size() > TRACKED) {
        // Still full (names made up by the thousand): keep the locks, forget the counts short of one.
        tracked.values().removeIf(f -> f.lockedUntil == null);
      }
    }
    tracked.compute(key, (k, f) -> (f == null || f.expired(now, lockout) ? new Failures() : f).fail(now, allowed,
        lockout));
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
