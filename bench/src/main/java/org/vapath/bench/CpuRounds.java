package org.vapath.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Rounds of work timed by this thread's CPU time, not the wall clock, so that the figure holds on a
 * machine busy with other work: each round repeats {@code batch} (which does some items of work and
 * returns how many) until {@code roundNanos} of CPU have passed, then prints the items per CPU second
 * and the bytes allocated per item.
 */
final class CpuRounds {
  private CpuRounds() {
  }

  static void run(int rounds, long roundNanos, String items, LongSupplier batch) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getCurrentThreadAllocatedBytes();
      long done = 0;
      while (threads.getCurrentThreadCpuTime() - cpu < roundNanos) {
        done += batch.getAsLong();
      }
      double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf("round %d: %.0f %s per CPU second, %d bytes per %s%n", round, done / seconds, items,
          (threads.getCurrentThreadAllocatedBytes() - bytes) / done, items.replaceAll("s$", ""));
    }
  }
}
