package org.vapath.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vapath.core.Case;
import org.vapath.core.Engine;

/**
 * Single-thread engine throughput over the vignette cases (already parsed): one operation assesses
 * every vignette once, so the score in ops/s times the number of vignettes is assessments/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EngineBenchmark {
  private Engine engine;
  private List<Case> cases;

  @Setup
  public void setUp() throws IOException {
    engine = Engine.withEmbeddedKnowledge();
    cases = VignetteCases.parsed();
  }

  @Benchmark
  public void assessEveryVignette(Blackhole sink) {
    for (Case kase : cases) {
      sink.consume(engine.assess(kase));
    }
  }
}
