package org.vapath.server.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.session.SessionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vapath.registry.SharedState;
import org.vapath.server.ServerConfig;
import org.vapath.server.auth.FailureCounts;
import org.vapath.server.auth.ReplayGuard;
import org.vapath.server.web.CaseLinks;

/**
 * The state an instance of the service keeps between requests: web sessions, the cards' links, the
 * tokens' ids seen and the failed sign-ins. With a PostgreSQL registry it is all in the database, so
 * that any instance behind a load balancer answers any request, and a purge deletes what has expired
 * every minute; otherwise (the embedded registry, or none) it is this process's memory, as it was.
 */
public final class InstanceState implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InstanceState.class);
  /** The cases behind the cards' links to the assessment page: a clinician's working day. */
  private static final Duration LINK_LIFETIME = Duration.ofHours(12);
  private static final int LINKS_IN_MEMORY = 10_000;
  /** Compressed cases of about 3-5 KB: the 10,000 links fit with room in the service's 512 MB heap. */
  private static final long LINK_BYTES_IN_MEMORY = 64L << 20;
  private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

  private final SharedState shared;
  private final ReplayGuard replays;
  private final FailureCounts failures;
  private final CaseLinks links;
  private final ScheduledExecutorService purger;

  private InstanceState(ServerConfig config, SharedState shared) {
    Clock clock = config.clock();
    this.shared = shared;
    if (shared == null) {
      this.replays = ReplayGuard.inMemory(clock);
      this.failures = FailureCounts.inMemory();
      this.links = config.registry() == null ? null : CaseLinks.inMemory(clock, LINK_LIFETIME,
          LINKS_IN_MEMORY, LINK_BYTES_IN_MEMORY, config.pack());
      this.purger = null;
    } else {
      this.replays = new DatabaseReplays(shared, clock);
      this.failures = new DatabaseFailureCounts(shared);
      this.links = new DatabaseCaseLinks(shared, config.pack(), clock, LINK_LIFETIME);
      this.purger = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vapath-purge");
        thread.setDaemon(true);
        return thread;
      });
      purger.scheduleWithFixedDelay(() -> purge(clock), PURGE_EVERY.toSeconds(), PURGE_EVERY.toSeconds(),
          TimeUnit.SECONDS);
    }
  }

  /** The state of a server with this configuration: shared when its registry is PostgreSQL. */
  public static InstanceState of(ServerConfig config) {
    return new InstanceState(config, config.registry() == null ? null : config.registry().shared().orElse(null));
  }

  public ReplayGuard replays() {
    return replays;
  }

  public FailureCounts failures() {
    return failures;
  }

  /** The cards' links; null without a registry, whose pages would open them. */
  public CaseLinks links() {
    return links;
  }

  /** Puts the web sessions in the database when shared; otherwise leaves Jetty's memory sessions. */
  public void sessions(SessionHandler sessions) {
    if (shared != null) {
      DatabaseSessions.install(sessions, shared.dataSource());
    }
  }

  private void purge(Clock clock) {
    try {
      shared.purge(clock.instant());
    } catch (RuntimeException e) {
      // The database away for a minute: the next purge catches up; expired rows are never read as valid.
      LOG.warn("purging the expired shared state failed: {}", e.getClass().getName());
    }
  }

  @Override
  public void close() {
    if (purger != null) {
      purger.shutdownNow();
    }
  }
}
