package org.vapath.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.Engine;

/**
 * The engine's throughput in assessments per second of this thread's CPU time, and the bytes it
 * allocates per assessment, over the parsed vignette cases: a comparison that holds on a machine
 * busy with other work, where JMH's wall-clock scores do not (BENCHMARKS.md, "The catalogue of
 * criteria"). Usage: {@code java -cp bench/target/benchmarks.jar org.vapath.bench.EngineCpuTime [rounds]}.
 */
public final class EngineCpuTime {
  private static final long ROUND_NANOS = 1_000_000_000L;

  private EngineCpuTime() {
  }

  public static void main(String[] args) throws IOException {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Engine engine = Engine.withEmbeddedKnowledge();
    List<Case> cases = VignetteCases.parsed();
    int rounds = args.length == 0 ? 10 : Integer.parseInt(args[0]);
    long levels = 0;
    for (int round = 1; round <= rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getCurrentThreadAllocatedBytes();
      long assessed = 0;
      while (threads.getCurrentThreadCpuTime() - cpu < ROUND_NANOS) {
        for (int repeat = 0; repeat < 1000; repeat++) {
          for (Case kase : cases) {
            levels += engine.assess(kase).levels().size(); // used, so that the JIT keeps the work
            assessed++;
          }
        }
      }
      double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf("round %d: %.0f assessments per CPU second, %d bytes per assessment%n", round,
          assessed / seconds, (threads.getCurrentThreadAllocatedBytes() - bytes) / assessed);
    }
    System.out.println(levels > 0 ? "levels assessed: " + levels : "no level assessed");
  }
}
