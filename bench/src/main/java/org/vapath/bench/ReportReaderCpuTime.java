package org.vapath.bench;

import java.util.List;
import org.vapath.report.ReportReader;

/**
 * The report reader's throughput in reports per second of this thread's CPU time, and the bytes it
 * allocates per report, over the public corpus (as {@link ReportReaderBenchmark} reads it): the
 * figure that holds on a machine busy with other work, where JMH's wall-clock score measures the
 * load. Usage, from the project root:
 * {@code java -cp bench/target/benchmarks.jar org.vapath.bench.ReportReaderCpuTime [rounds]}.
 */
public final class ReportReaderCpuTime {
  private static final long ROUND_NANOS = 2_000_000_000L;

  private ReportReaderCpuTime() {
  }

  public static void main(String[] args) {
    ReportReader reader = ReportReader.withEmbeddedLexicon();
    List<String> reports = ReportReaderBenchmark.reports();
    long[] levels = {0};
    CpuRounds.run(args.length == 0 ? 10 : Integer.parseInt(args[0]), ROUND_NANOS, "reports", () -> {
      for (String report : reports) {
        levels[0] += reader.read(report).levels().size(); // used, so that the JIT keeps the work
      }
      return reports.size();
    });
    System.out.println(levels[0] > 0 ? "levels read: " + levels[0] : "no level read");
  }
}
