package org.vapath.screen;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vapath.core.KnowledgePack;

/**
 * Screens a FHIR Bulk Data export in two passes: every file read once, each line cut down to what
 * the mapping reads and added to its patient's group ({@link ExportGrouping}; bounded memory: see
 * {@link Partitions}); then each patient's group mapped and assessed, and the results written. A
 * line that cannot be read is counted and reported by file and line; a patient whose record cannot
 * be assessed is reported with the element at fault; neither stops the run.
 */
public final class Screener {
  /** Patients per task: enough to make a task worth handing to another thread. */
  private static final int BATCH = 256;

  private final KnowledgePack pack;
  private final Relevance relevance;
  private final LocalDate assessedOn;
  private final int threads;
  private final long partitionBytes;
  private final ScreenListener listener;

  /**
   * {@code partitionBytes}: the most JSON held in memory at once (the export is split into as many
   * parts); {@code threads}: how many patients are assessed at once.
   */
  public Screener(KnowledgePack pack, LocalDate assessedOn, long partitionBytes, int threads,
      ScreenListener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    }
    this.pack = pack;
    this.relevance = new Relevance(pack);
    this.assessedOn = assessedOn;
    this.partitionBytes = partitionBytes;
    this.threads = threads;
    this.listener = listener;
  }

  public ScreenSummary screen(BulkExport export, ResultFiles out, Path workFolder) {
    long started = System.nanoTime();
    SummaryCollector summary = new SummaryCollector(export);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (Partitions partitions = Partitions.forExport(export.jsonBytes(), partitionBytes,
            workFolder.resolve("patients"));
        MedicationJoin medications = new MedicationJoin(export.jsonBytes(), partitionBytes,
            workFolder.resolve("medications"))) {
      long patientsExpected = new ExportGrouping(export, relevance, partitions, medications, summary, pool, threads)
          .read(listener);
      PatientWork work = new PatientWork(pack, assessedOn, export.files().stream().map(ExportFile::name).toList());
      long[] done = {0};
      // While the pool assesses one partition, this thread reads the next: two at most are in memory.
      List<Future<List<PatientWork.Outcome>>> previous = new ArrayList<>();
      partitions.forEachPartition(patients -> {
        List<Future<List<PatientWork.Outcome>>> submitted = submit(patients, work, pool);
        drain(previous, export, summary, out, done, patientsExpected);
        previous.addAll(submitted);
      });
      drain(previous, export, summary, out, done, patientsExpected);
      ScreenSummary result = summary.finish(pack.version(), assessedOn, partitions.count(),
          (System.nanoTime() - started) / 1e9);
      out.summary(result);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
      removeIfEmpty(workFolder);
    }
  }

  private static void removeIfEmpty(Path folder) {
    try {
      Files.deleteIfExists(folder);
    } catch (DirectoryNotEmptyException e) {
      // not ours to empty: the parts in it are deleted as each is read
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The partition's patients handed to the pool in batches, in order. */
  private static List<Future<List<PatientWork.Outcome>>> submit(List<Map.Entry<String, List<SourceLine>>> patients,
      PatientWork work, ExecutorService pool) {
    List<Future<List<PatientWork.Outcome>>> batches = new ArrayList<>();
    for (int from = 0; from < patients.size(); from += BATCH) {
      List<Map.Entry<String, List<SourceLine>>> batch = patients.subList(from, Math.min(patients.size(), from + BATCH));
      batches.add(pool.submit(() -> batch.stream().map(p -> work.assess(p.getKey(), p.getValue())).toList()));
    }
    return batches;
  }

  /** Writes the outcomes of the batches handed out, in order, and forgets them. */
  private void drain(List<Future<List<PatientWork.Outcome>>> batches, BulkExport export, SummaryCollector summary,
      ResultFiles out, long[] done, long patientsExpected) {
    try {
      for (Future<List<PatientWork.Outcome>> batch : batches) {
        for (PatientWork.Outcome outcome : batch.get()) {
          record(outcome, export, summary);
          out.write(outcome.result());
          listener.assessing(++done[0], patientsExpected);
        }
      }
      batches.clear();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("screening interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void record(PatientWork.Outcome outcome, BulkExport export, SummaryCollector summary) {
    for (int i = 0; i < outcome.malformed().size(); i++) {
      SourceLine line = outcome.malformed().get(i);
      summary.malformed(export.files().get(line.file()).name(), line.number(), outcome.problems().get(i));
    }
    summary.patient(outcome.result(), outcome.resources(), outcome.milliseconds());
  }
}
