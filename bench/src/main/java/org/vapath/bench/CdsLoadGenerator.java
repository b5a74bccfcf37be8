package org.vapath.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-loop load generator for the CDS Hooks service, run as its own process on loopback:
 * order-sign requests with a realistic prefetch at a fixed rate for a fixed time (both bounded),
 * then throughput and latency percentiles. With a key (made by {@code keys DIR}, whose JWKS the
 * server trusts), every request carries its own signed JWT, all signed before the run starts so
 * that signing does not take the cores the server is measured on. Usage:
 * {@code java -cp bench/target/benchmarks.jar org.vapath.bench.CdsLoadGenerator keys DIR}, then
 * {@code java -cp bench/target/benchmarks.jar org.vapath.bench.CdsLoadGenerator URL RATE SECONDS [DIR/key.json]}
 */
public final class CdsLoadGenerator {
  private static final int WARM_UP = 300;

  private CdsLoadGenerator() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("keys")) {
      BenchTokens.writeKeys(Path.of(args[1]));
      return;
    }
    String url = args.length > 0 ? args[0] : "http://localhost:18080/cds-services/vapath-order-sign";
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    // The tokens are all signed before the warm-up and live 300 s (the server's default most).
    int seconds = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 30, BenchTokens.LONGEST_RUN_SECONDS);
    if (!URI.create(url).getHost().matches("localhost|127\\.0\\.0\\.1")) {
      throw new IllegalArgumentException("loopback only: " + url);
    }
    String body = OrderSignRequests.build(270);
    System.out.println("order-sign request: " + OrderSignRequests.resources(body) + " prefetched resources, "
        + body.length() / 1024 + " KiB");
    List<HttpRequest> requests = requests(url, body, WARM_UP + rate * seconds,
        args.length > 3 ? Path.of(args[3]) : null);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (HttpRequest request : requests.subList(0, WARM_UP)) {
      HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding()); // warms both JVMs
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("the server answered " + answer.statusCode() + " during the warm-up");
      }
    }
    run(http, requests.subList(WARM_UP, requests.size()), rate, seconds);
  }

  /** Every request of the run, built before it starts; each with its own token when {@code key} is given. */
  private static List<HttpRequest> requests(String url, String body, int count, Path key) throws Exception {
    Iterator<String> tokens = key == null ? null : BenchTokens.signed(key, url, count).iterator();
    System.out.println(tokens == null ? "authentication: none (the server must run with --insecure-dev-mode)"
        : "authentication: " + count + " RS384 tokens signed ahead, one per request");
    List<HttpRequest> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
      requests.add((tokens == null ? request : request.header("Authorization", "Bearer " + tokens.next())).build());
    }
    return requests;
  }

  private static void run(HttpClient http, List<HttpRequest> requests, int rate, int seconds) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong last = new AtomicLong();
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger sent = new AtomicInteger();
    CompletableFuture<Void> done = new CompletableFuture<>();
    long start = System.nanoTime();
    clock.scheduleAtFixedRate(() -> {
      int next = sent.getAndIncrement();
      if (next >= requests.size()) {
        done.complete(null);
        return;
      }
      long begin = System.nanoTime();
      http.sendAsync(requests.get(next), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
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
    report(latencies, errors.get(), requests.size(), (last.get() - start) / 1e9, rate);
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
