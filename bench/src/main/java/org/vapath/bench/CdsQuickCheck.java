package org.vapath.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.server.ServerConfig;
import org.vapath.server.cds.CdsHooks;
import org.vapath.server.ops.ServerMetrics;

/**
 * The CI's quick benchmark of the CDS path: an order-sign call answered without HTTP (the prefetch
 * read, reports read, mapped, assessed, the card written) against a plain Jackson parse of the same
 * body, alternately on one thread and timed by that thread's CPU, so that the ratio of the two holds
 * on a busy machine where neither figure would. It fails when the ratio passes twice the baseline
 * committed in {@code cds-quick-baseline.properties}: the sign that the CDS path got slower. Run it
 * with {@code -Xbatch}: the JIT then compiles while the measured thread waits, so a busy machine's
 * slow compiler threads do not leave the larger side interpreted for longer and skew the ratio.
 * Usage: {@code java -Xbatch -cp bench/target/benchmarks.jar org.vapath.bench.CdsQuickCheck [SECONDS]}
 */
public final class CdsQuickCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SERVICE = "vapath-order-sign";
  private static final int WARM_UP_CALLS = 4000;

  /** The measured CPU time of one parse and one answer, and their ratio. */
  public record Result(double parseMicros, double answerMicros) {
    public double ratio() {
      return answerMicros / parseMicros;
    }
  }

  private CdsQuickCheck() {
  }

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 6;
    Result result = measure(seconds);
    double baseline = baseline();
    System.out.printf("CDS order-sign, %d-resource prefetch: Jackson parse %.1f us, answer %.1f us (CPU per call);"
        + " ratio %.2f, baseline %.2f, limit %.2f%n", OrderSignRequests.resources(body()), result.parseMicros(),
        result.answerMicros(), result.ratio(), baseline, 2 * baseline);
    if (result.ratio() > 2 * baseline) {
      System.out.println("FAILED: the CDS path is more than twice as slow, relative to a parse, as its baseline");
      System.exit(1);
    }
  }

  /** Warms both sides up, then measures for about {@code seconds} of CPU in rounds that alternate the two. */
  public static Result measure(double seconds) {
    String body = body();
    CdsHooks hooks = new CdsHooks(new ServerConfig(0, URI.create("http://localhost"), List.of(), true, 1 << 24,
        List.of(), KnowledgePackJson.embedded()), Clock.systemUTC(), "http://localhost", null, new ServerMetrics());
    Supplier<Object> parse = () -> parse(body);
    Supplier<Object> answer = () -> hooks.answer(SERVICE, body, null);
    if (answer.get().toString().equals("{\"cards\":[]}")) {
      throw new IllegalStateException("the order-sign request gave no card: it no longer measures the whole path");
    }
    // Warmed by calls, not time: the answer's many methods reach the JIT's last tier only after some
    // thousands of calls, and a ratio taken before that measures the warm-up (9 instead of 4 in CI).
    calls(parse, WARM_UP_CALLS * 5);
    calls(answer, WARM_UP_CALLS);
    long round = (long) (seconds * 1e9 / 8);
    long parseNanos = Long.MAX_VALUE;
    long answerNanos = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) { // the best round of each side: other processes only ever slow a round down
      parseNanos = Math.min(parseNanos, cpuPerCall(parse, round));
      answerNanos = Math.min(answerNanos, cpuPerCall(answer, round));
    }
    return new Result(parseNanos / 1e3, answerNanos / 1e3);
  }

  /** The body of the load generator's order-sign request: 206 resources, two radiology reports. */
  static String body() {
    return OrderSignRequests.build(270);
  }

  /** The committed ratio this check compares with. */
  static double baseline() {
    try (InputStream in = CdsQuickCheck.class.getResourceAsStream("cds-quick-baseline.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return Double.parseDouble(properties.getProperty("ratio"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Calls {@code work} {@code count} times, keeping a bit of each answer so that the JIT cannot drop the work. */
  private static void calls(Supplier<Object> work, int count) {
    int sink = 0;
    for (int i = 0; i < count; i++) {
      sink += System.identityHashCode(work.get()) & 1;
    }
    if (sink < 0) {
      throw new AssertionError();
    }
  }

  /** The CPU nanoseconds per call of {@code work}, called until {@code nanos} of this thread's CPU have passed. */
  private static long cpuPerCall(Supplier<Object> work, long nanos) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long done = 0;
    while (threads.getCurrentThreadCpuTime() - start < nanos) {
      calls(work, 8);
      done += 8;
    }
    return (threads.getCurrentThreadCpuTime() - start) / done;
  }
}
