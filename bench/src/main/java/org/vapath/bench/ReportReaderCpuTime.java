package org.vapath.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
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
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    ReportReader reader = ReportReader.withEmbeddedLexicon();
    List<String> reports = ReportReaderBenchmark.reports();
    int rounds = args.length == 0 ? 10 : Integer.parseInt(args[0]);
    long levels = 0;
    for (int round = 1; round <= rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getCurrentThreadAllocatedBytes();
      long read = 0;
      while (threads.getCurrentThreadCpuTime() - cpu < ROUND_NANOS) {
        for (String report : reports) {
          levels += reader.read(report).levels().size(); // used, so that the JIT keeps the work
          read++;
        }
      }
      double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf("round %d: %.0f reports per CPU second, %d bytes per report%n", round, read / seconds,
          (threads.getCurrentThreadAllocatedBytes() - bytes) / read);
    }
    System.out.println(levels > 0 ? "levels read: " + levels : "no level read");
  }
}
