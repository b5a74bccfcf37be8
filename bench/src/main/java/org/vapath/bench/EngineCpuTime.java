package org.vapath.bench;

import java.io.IOException;
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
    Engine engine = Engine.withEmbeddedKnowledge();
    List<Case> cases = VignetteCases.parsed();
    long[] levels = {0};
    CpuRounds.run(args.length == 0 ? 10 : Integer.parseInt(args[0]), ROUND_NANOS, "assessments", () -> {
      for (int repeat = 0; repeat < 1000; repeat++) {
        for (Case kase : cases) {
          levels[0] += engine.assess(kase).levels().size(); // used, so that the JIT keeps the work
        }
      }
      return 1000L * cases.size();
    });
    System.out.println(levels[0] > 0 ? "levels assessed: " + levels[0] : "no level assessed");
  }
}
