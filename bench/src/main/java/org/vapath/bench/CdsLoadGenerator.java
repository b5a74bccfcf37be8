package org.vapath.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load generator for the CDS Hooks service, run as its own process on loopback:
 * order-sign requests with a realistic prefetch at a fixed rate for a fixed time (both bounded),
 * then throughput and latency percentiles. Usage:
 * {@code java -cp bench/target/benchmarks.jar org.vapath.bench.CdsLoadGenerator URL RATE SECONDS}
 */
public final class CdsLoadGenerator {
  private CdsLoadGenerator() {
  }

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "http://localhost:18080/cds-services/vapath-order-sign";
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int seconds = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 30, 300);
    if (!URI.create(url).getHost().matches("localhost|127\\.0\\.0\\.1")) {
      throw new IllegalArgumentException("loopback only: " + url);
    }
    String body = OrderSignRequests.build(270);
    System.out.println("order-sign request: " + OrderSignRequests.resources(body) + " prefetched resources, "
        + body.length() / 1024 + " KiB");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    for (int i = 0; i < 300; i++) {
      http.send(request, HttpResponse.BodyHandlers.discarding()); // warm up both JVMs
    }
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong();
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    int total = rate * seconds;
    AtomicInteger sent = new AtomicInteger();
    CompletableFuture<Void> done = new CompletableFuture<>();
    long start = System.nanoTime();
    clock.scheduleAtFixedRate(() -> {
      if (sent.incrementAndGet() > total) {
        done.complete(null);
        return;
      }
      long begin = System.nanoTime();
      http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
        if (failure != null || response.statusCode() != 200) {
          errors.incrementAndGet();
        } else {
          latencies.add(System.nanoTime() - begin);
        }
        last.accumulateAndGet(System.nanoTime(), Math::max);
      });
    }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
    done.get(seconds + 30L, TimeUnit.SECONDS);
    clock.shutdownNow();
    Thread.sleep(2000); // the last answers
    report(latencies, errors.get(), total, (last.get() - start) / 1e9, rate);
  }

  private static void report(ConcurrentLinkedQueue<Long> latencies, int errors, int total, double seconds,
      int rate) {
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("target %d req/s for %d requests: %d answered in %.1f s (%.1f req/s), %d errors%n", rate,
        total, sorted.length, seconds, sorted.length / seconds, errors);
    System.out.printf("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", ms(sorted, 0.50), ms(sorted, 0.90),
        ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
