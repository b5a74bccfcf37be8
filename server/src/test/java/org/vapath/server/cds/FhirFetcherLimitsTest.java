package org.vapath.server.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fetcher's limits on what a FHIR server sends: its size and its time. */
class FhirFetcherLimitsTest {
  @Test
  void anAnswerLargerThanTheBudgetIsCutOffWhileItIsRead() {
    // 200 MB that would be generated as read: the fetcher must stop long before.
    Javalin huge = Javalin.create(c -> c.showJavalinBanner = false).get("/fhir/{type}", ctx -> ctx
        .contentType("application/fhir+json").result(endless(200_000_000L))).start(0);
    try {
      givesUp(new FhirFetcher(1_000_000, Duration.ofSeconds(30)), huge, "passed 1000000 bytes", Duration.ofSeconds(10));
    } finally {
      huge.stop();
    }
  }

  @Test
  void aServerThatAnswersTooSlowlyIsGivenUpAtTheTimeLimit() {
    Javalin slow = Javalin.create(c -> c.showJavalinBanner = false).get("/fhir/{type}", ctx -> {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // stopped by the test
      }
      ctx.result("{}");
    }).start(0);
    Javalin trickling = Javalin.create(c -> c.showJavalinBanner = false).get("/fhir/{type}", ctx -> ctx
        .contentType("application/fhir+json").result(trickle())).start(0);
    try {
      FhirFetcher fetcher = new FhirFetcher(1_000_000, Duration.ofSeconds(1));
      for (Javalin server : List.of(slow, trickling)) {
        givesUp(fetcher, server, "did not answer within 1 s", Duration.ofSeconds(3));
      }
    } finally {
      slow.stop();
      trickling.stop();
    }
  }

  /** The fetcher gives {@code server} up with {@code message}, within {@code time}. */
  private static void givesUp(FhirFetcher fetcher, Javalin server, String message, Duration time) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch("http://localhost:" + server.port() + "/fhir", "t", "P1", List.of(
        new PrefetchTemplate("labs", "Observation?patient={{context.patientId}}", false))))
        .isInstanceOf(FhirFetcher.FhirServerError.class).hasMessageContaining(message);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(time);
  }

  private static InputStream endless(long length) {
    return new InputStream() {
      private long sent;

      @Override
      public int read() {
        return sent++ < length ? ' ' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) {
        if (sent >= length) {
          return -1;
        }
        int n = (int) Math.min(count, length - sent);
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
        sent += n;
        return n;
      }
    };
  }

  /** A body that comes one byte every 100 ms: each read is quick, the whole never ends in time. */
  private static InputStream trickle() {
    return new InputStream() {
      private int sent;

      @Override
      public int read() {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return -1;
        }
        return sent++ < 1_000 ? ' ' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) {
        int b = read();
        if (b < 0) {
          return -1;
        }
        buffer[offset] = (byte) b;
        return 1;
      }
    };
  }
}
