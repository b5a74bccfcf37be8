package org.vapath.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator for the CDS Hooks service, run as its own process on loopback:
 * order-sign requests with a realistic prefetch at a fixed rate for a fixed time (both bounded),
 * then throughput and latency percentiles. Request {@code i} is due at {@code i / rate} seconds; its
 * latency runs from when it was due, so a request that waited for a free connection counts its wait
 * (no coordinated omission). The requests go over {@value #CONNECTIONS} kept-alive connections
 * ({@link PlainHttp}), written out in full before the run. With a key (made by {@code keys DIR}, whose JWKS the
 * server trusts), every request carries its own signed JWT, all signed before the run starts so
 * that signing does not take the cores the server is measured on. Usage:
 * {@code java -cp bench/target/benchmarks.jar org.vapath.bench.CdsLoadGenerator keys DIR}, then
 * {@code java -cp bench/target/benchmarks.jar org.vapath.bench.CdsLoadGenerator URL RATE SECONDS [DIR/key.json]}
 */
public final class CdsLoadGenerator {
  private static final int WARM_UP = 300;
  /** Enough for 400 requests a second answered in up to 150 ms each; more wait, and count their wait. */
  private static final int CONNECTIONS = 64;
  private static final int TIMEOUT_MILLIS = 10_000;

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
    URI uri = URI.create(url);
    if (!uri.getHost().matches("localhost|127\\.0\\.0\\.1")) {
      throw new IllegalArgumentException("loopback only: " + url);
    }
    String json = OrderSignRequests.build(270);
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    System.out.println("order-sign request: " + OrderSignRequests.resources(json) + " prefetched resources, "
        + body.length / 1024 + " KiB");
    List<byte[]> heads = heads(uri, body.length, WARM_UP + rate * seconds, args.length > 3 ? Path.of(args[3]) : null);
    try (PlainHttp http = new PlainHttp(uri, TIMEOUT_MILLIS)) {
      for (byte[] head : heads.subList(0, WARM_UP)) {
        int status = http.exchange(head, body); // warms both JVMs
        if (status != 200) {
          throw new IllegalStateException("the server answered " + status + " during the warm-up");
        }
      }
    }
    run(uri, heads.subList(WARM_UP, heads.size()), body, rate);
  }

  /** The head of every request, written before the run; each with its own token when {@code key} is given. */
  private static List<byte[]> heads(URI uri, int length, int count, Path key) throws Exception {
    Iterator<String> tokens = key == null ? null : BenchTokens.signed(key, uri.toString(), count).iterator();
    System.out.println(tokens == null ? "authentication: none (the server must run with --insecure-dev-mode)"
        : "authentication: " + count + " RS384 tokens signed ahead, one per request");
    List<byte[]> heads = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      heads.add(PlainHttp.postHead(uri, length, tokens == null ? null : tokens.next()));
    }
    return heads;
  }

  private static void run(URI uri, List<byte[]> heads, byte[] body, int rate) throws InterruptedException {
    long period = 1_000_000_000L / rate;
    long start = System.nanoTime() + 100_000_000L;
    long[] latencies = new long[heads.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicLong last = new AtomicLong(start);
    ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS);
    for (int c = 0; c < CONNECTIONS; c++) {
      connections.execute(() -> {
        PlainHttp http = null;
        for (int i = next.getAndIncrement(); i < heads.size(); i = next.getAndIncrement()) {
          long due = start + i * period;
          for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
          }
          latencies[i] = -1; // an error unless answered
          try {
            http = http == null ? new PlainHttp(uri, TIMEOUT_MILLIS) : http;
            int status = http.exchange(heads.get(i), body);
            latencies[i] = status == 200 ? System.nanoTime() - due : -1;
            http = http.open() ? http : closed(http);
          } catch (IOException | RuntimeException e) { // a broken or garbled answer: an error, and a new connection
            http = closed(http);
          }
          last.accumulateAndGet(System.nanoTime(), Math::max);
        }
        closed(http);
      });
    }
    connections.shutdown();
    if (!connections.awaitTermination(heads.size() / rate + 60L, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the run did not end within a minute of its schedule");
    }
    report(latencies, (last.get() - start) / 1e9, rate);
  }

  private static PlainHttp closed(PlainHttp http) {
    if (http != null) {
      try {
        http.close();
      } catch (IOException e) {
        // already broken: nothing more to do with it
      }
    }
    return null;
  }

  private static void report(long[] latencies, double seconds, int rate) {
    long[] sorted = Arrays.stream(latencies).filter(latency -> latency >= 0).sorted().toArray();
    int errors = latencies.length - sorted.length;
    System.out.printf("target %d req/s for %d requests: %d answered in %.1f s (%.1f req/s), %d errors%n", rate,
        latencies.length, sorted.length, seconds, sorted.length / seconds, errors);
    System.out.printf("latency ms of the answered: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", ms(sorted, 0.50),
        ms(sorted, 0.90),
        ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
