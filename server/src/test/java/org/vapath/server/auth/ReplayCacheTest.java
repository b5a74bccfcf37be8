package org.vapath.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A token id is remembered until its token can no longer be accepted, however many others come. */
class ReplayCacheTest {
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void anIdIsRefusedUntilItsKeepUntilPassesAndThenForgotten() {
    ReplayCache cache = new ReplayCache(10, Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(cache.firstUse("a", NOW.plusSeconds(300))).isTrue();
    assertThat(cache.firstUse("a", NOW.plusSeconds(300))).isFalse();

    ReplayCache later = new ReplayCache(10, Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC));
    later.firstUse("a", NOW.plusSeconds(300));
    assertThat(later.size()).isEqualTo(1);
  }

  @Test
  void aFullCacheRefusesNewTokensRatherThanForgetAnUnexpiredOne() {
    MovingClock clock = new MovingClock();
    ReplayCache cache = new ReplayCache(1_000, clock);
    assertThat(cache.firstUse("captured", NOW.plusSeconds(360))).isTrue();
    for (int i = 0; i < 999; i++) {
      cache.firstUse("other-" + i, NOW.plusSeconds(360));
    }

    assertThatThrownBy(() -> cache.firstUse("one-more", NOW.plusSeconds(360))).isInstanceOf(ReplayCache.Full.class);
    clock.now = NOW.plusSeconds(359);
    assertThat(cache.firstUse("captured", NOW.plusSeconds(360))).isFalse();
    clock.now = NOW.plusSeconds(361);
    assertThat(cache.firstUse("one-more", NOW.plusSeconds(600))).isTrue();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void idsExpireInTheOrderOfTheirExpiryNotOfTheirArrival() {
    MovingClock clock = new MovingClock();
    ReplayCache cache = new ReplayCache(10, clock);
    cache.firstUse("long", NOW.plus(Duration.ofMinutes(6)));
    cache.firstUse("short", NOW.plus(Duration.ofMinutes(1)));

    clock.now = NOW.plus(Duration.ofMinutes(2));
    assertThat(cache.firstUse("long", NOW.plus(Duration.ofMinutes(6)))).isFalse();
    assertThat(cache.firstUse("short", NOW.plus(Duration.ofMinutes(3)))).isTrue();
  }

  private static final class MovingClock extends Clock {
    Instant now = NOW;

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
