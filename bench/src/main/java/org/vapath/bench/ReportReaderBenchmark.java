package org.vapath.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.vapath.report.ReportReader;

/**
 * Single-thread throughput of the report reader over the 30 reports of the public spine report
 * corpus (read from {@code -Dvapath.reports=DIR}, default the copy in the report module's test
 * resources, as seen from the project root): one operation reads every report once, so the score
 * in ops/s times the number of reports is reports/s on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReportReaderBenchmark {
  private static final String FOLDER = System.getProperty("vapath.reports", "report/src/test/resources/spine-reports");

  private ReportReader reader;
  private List<String> reports;

  @Setup
  public void setUp() {
    reader = ReportReader.withEmbeddedLexicon();
    reports = reports();
  }

  @Benchmark
  public void readEveryReport(Blackhole sink) {
    for (String report : reports) {
      sink.consume(reader.read(report));
    }
  }

  static List<String> reports() {
    try (Stream<Path> files = Files.list(Path.of(FOLDER))) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
      if (texts.isEmpty()) {
        throw new IllegalStateException("no reports in " + Path.of(FOLDER).toAbsolutePath());
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reports from " + FOLDER + "; run from the project root", e);
    }
  }
}
