package org.vapath.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state the service's instances share through PostgreSQL (named as for {@link PostgresRegistryTest};
 * under CI a missing server is a failure), each instance here a registry of its own on one database.
 */
class SharedStateTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private Registry one;
  private Registry two;

  @BeforeEach
  void twoInstancesOnOneDatabase() throws SQLException {
    TestPostgres.emptyDatabase();
    one = Registry.connect(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD, RegistryContract.PACK);
    two = Registry.connect(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD, RegistryContract.PACK);
  }

  @AfterEach
  void close() {
    if (one != null) {
      one.close();
      two.close();
    }
  }

  @Test
  void theEmbeddedRegistryKeepsItsStateInMemory(@TempDir Path folder) {
    try (Registry embedded = Registry.embedded(folder, RegistryContract.PACK)) {
      assertThat(embedded.shared()).isEmpty();
    }
  }

  @Test
  void aTokenIdUsedOnOneInstanceIsRefusedOnTheOther() {
    SharedState a = one.shared().orElseThrow();
    SharedState b = two.shared().orElseThrow();
    Instant keep = NOW.plusSeconds(360);
    assertThat(a.firstUse("https://ehr.example jti-1", keep, NOW)).isTrue();
    assertThat(b.firstUse("https://ehr.example jti-1", keep, NOW)).isFalse();
    assertThat(a.firstUse("https://ehr.example jti-1", keep, NOW.plusSeconds(10))).isFalse();
    assertThat(b.firstUse("https://other.example jti-1", keep, NOW)).isTrue();
    // Once no token with that id can be accepted any more, the id may come again (as in memory).
    assertThat(b.firstUse("https://ehr.example jti-1", keep.plusSeconds(360), keep.plusSeconds(1))).isTrue();
  }

  @Test
  void twoInstancesRacingOnOneTokenIdAcceptItOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        String id = "https://ehr.example race-" + round;
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          SharedState state = (i % 2 == 0 ? one : two).shared().orElseThrow();
          tries.add(() -> state.firstUse(id, NOW.plusSeconds(360), NOW));
        }
        int accepted = 0;
        for (Future<Boolean> answer : threads.invokeAll(tries)) {
          accepted += answer.get() ? 1 : 0;
        }
        assertThat(accepted).as("acceptances of " + id).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aCaseLinkKeptByOneInstanceOpensOnTheOtherUntilItExpires() {
    one.shared().orElseThrow().keepLink("tok", "{\"caseId\":\"x\"}", NOW.plusSeconds(60));
    SharedState b = two.shared().orElseThrow();
    assertThat(b.link("tok", NOW)).contains("{\"caseId\":\"x\"}");
    assertThat(b.link("tok", NOW.plusSeconds(60))).isEmpty();
    assertThat(b.link("other", NOW)).isEmpty();
  }

  @Test
  void failedSignInsOnBothInstancesAddUpToOneLock() {
    SharedState a = one.shared().orElseThrow();
    SharedState b = two.shared().orElseThrow();
    Instant end = NOW.plusSeconds(900);
    a.failed("account", "alice", 3, NOW, end);
    b.failed("account", "alice", 3, NOW.plusSeconds(1), end.plusSeconds(1));
    assertThat(a.lockedUntil("account", "alice", NOW.plusSeconds(2))).isEmpty();
    a.failed("account", "alice", 3, NOW.plusSeconds(2), end.plusSeconds(2));
    assertThat(b.lockedUntil("account", "alice", NOW.plusSeconds(3))).contains(end.plusSeconds(2));
    assertThat(b.lockedUntil("address", "alice", NOW.plusSeconds(3))).isEmpty();
    assertThat(b.lockedUntil("account", "alice", end.plusSeconds(2))).isEmpty();
  }

  @Test
  void aCountWhoseLockoutHasPassedStartsAgain() {
    SharedState a = one.shared().orElseThrow();
    a.failed("address", "10.0.0.1", 2, NOW, NOW.plusSeconds(900));
    Instant later = NOW.plusSeconds(901);
    a.failed("address", "10.0.0.1", 2, later, later.plusSeconds(900));
    assertThat(a.lockedUntil("address", "10.0.0.1", later)).isEmpty();
    a.failed("address", "10.0.0.1", 2, later, later.plusSeconds(900));
    assertThat(a.lockedUntil("address", "10.0.0.1", later)).contains(later.plusSeconds(900));
    a.forget("address", "10.0.0.1");
    assertThat(a.lockedUntil("address", "10.0.0.1", later)).isEmpty();
  }

  @Test
  void aVeryLongNameIsCountedByItsHash() {
    SharedState a = one.shared().orElseThrow();
    String name = "x".repeat(5_000);
    a.failed("account", name, 1, NOW, NOW.plusSeconds(900));
    assertThat(two.shared().orElseThrow().lockedUntil("account", name, NOW)).isPresent();
  }

  @Test
  void thePurgeDeletesWhatHasExpiredAndNothingElse() {
    SharedState a = one.shared().orElseThrow();
    a.firstUse("old", NOW.minusSeconds(1), NOW.minusSeconds(400));
    a.firstUse("new", NOW.plusSeconds(300), NOW);
    a.keepLink("old", "{}", NOW);
    a.keepLink("new", "{}", NOW.plusSeconds(60));
    a.failed("account", "old", 5, NOW.minusSeconds(900), NOW);
    a.failed("account", "new", 5, NOW, NOW.plusSeconds(900));
    assertThat(a.purge(NOW)).isEqualTo(3);
    assertThat(a.firstUse("new", NOW.plusSeconds(300), NOW)).isFalse();
    assertThat(a.link("new", NOW)).isPresent();
  }
}
