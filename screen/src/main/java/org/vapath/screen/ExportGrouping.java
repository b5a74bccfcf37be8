package org.vapath.screen;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Pass one of a screening: every line of the export read on this thread, in chunks, kept on the
 * pool's threads ({@link KeptLine}) and added to its patient's group in the export's order, so that
 * the results do not depend on the number of threads; then the shared Medications joined to the
 * patients that name them. At most two chunks per thread are in flight.
 */
final class ExportGrouping {
  private final BulkExport export;
  private final Relevance relevance;
  private final Partitions partitions;
  private final MedicationJoin medications;
  private final SummaryCollector summary;
  private final ExecutorService pool;
  private final int threads;
  private final ArrayDeque<Future<LineChunk>> inFlight = new ArrayDeque<>();
  private long patients;

  ExportGrouping(BulkExport export, Relevance relevance, Partitions partitions, MedicationJoin medications,
      SummaryCollector summary, ExecutorService pool, int threads) {
    this.export = export;
    this.relevance = relevance;
    this.partitions = partitions;
    this.medications = medications;
    this.summary = summary;
    this.pool = pool;
    this.threads = threads;
  }

  /**
   * Reads the whole export; returns the number of Patient resources seen. A file that cannot be read
   * to its end (a broken gzip stream, a disk error) is reported with the line it broke at; the lines
   * before it count, and the screening goes on with the next file.
   */
  long read(ScreenListener listener) throws IOException {
    long total = export.files().stream().mapToLong(ExportFile::bytes).sum();
    long before = 0;
    for (int f = 0; f < export.files().size(); f++) {
      ExportFile file = export.files().get(f);
      readFile(f, file, before, total, listener);
      before += file.bytes();
      listener.reading(before, total);
    }
    while (!inFlight.isEmpty()) {
      add(next());
    }
    medications.into(partitions);
    return patients;
  }

  private void readFile(int f, ExportFile file, long before, long total, ScreenListener listener)
      throws IOException {
    CountingReader reader;
    try {
      reader = CountingReader.open(file);
    } catch (IOException e) {
      summary.brokenOff(file.name(), 1, FileProbe.why(e));
      return;
    }
    LineChunk chunk = new LineChunk(f);
    try (reader) {
      ByteLines in = reader.lines();
      long number = 1;
      for (; advance(in, file, number); number++) {
        if (!in.isBlank()) {
          chunk = add(chunk, in, number, before + reader.bytesRead(), total, listener);
        }
      }
      if (in.cutOff()) {
        chunk = add(chunk, in, number, before + reader.bytesRead(), total, listener); // broken off mid-line
      }
    }
    submit(chunk); // after a failure too: the lines read before it count
  }

  /** Adds the current line to the chunk, or to a new one when it is full; returns the chunk to fill next. */
  private LineChunk add(LineChunk chunk, ByteLines in, long number, long bytesRead, long total,
      ScreenListener listener) throws IOException {
    LineChunk into = chunk;
    if (!into.fits(in.length())) {
      submit(into);
      into = new LineChunk(chunk.file());
      listener.reading(bytesRead, total);
    }
    into.add(in.buffer(), in.lineStart(), in.length(), number);
    return into;
  }

  /** The next line of the file; {@code false} at its end, or when it cannot be read further (reported). */
  private boolean advance(ByteLines in, ExportFile file, long number) {
    try {
      return in.next();
    } catch (IOException e) {
      summary.brokenOff(file.name(), number, FileProbe.why(e));
      return false;
    }
  }

  private void submit(LineChunk chunk) throws IOException {
    if (chunk.count() > 0) {
      inFlight.add(pool.submit(() -> chunk.keep(relevance)));
    }
    while (inFlight.size() > 2 * threads) {
      add(next());
    }
  }

  private LineChunk next() {
    try {
      return inFlight.remove().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("screening interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** A chunk's lines to their patients, to the shared Medications, or to the report. */
  private void add(LineChunk chunk) throws IOException {
    String file = export.files().get(chunk.file()).name();
    for (int i = 0; i < chunk.count(); i++) {
      summary.line();
      KeptLine line = chunk.kept(i);
      if (!chunk.relevant(i) || line != null && !line.isOfATypeRead()) {
        summary.irrelevant();
      } else if (line == null) {
        summary.malformed(file, chunk.number(i), chunk.problem(i));
        if (chunk.owner(i) != null) {
          // the patient it names keeps it, unread, as a part of the record that could not be read
          partitions.add(chunk.owner(i), SourceLine.unreadable(chunk.file(), chunk.number(i), chunk.problem(i)),
              chunk.length(i));
        }
      } else if (line.isSharedMedication()) {
        medications.medication(line.id(), new SourceLine(chunk.file(), chunk.number(i), line.json()));
      } else if (line.patient() == null) {
        summary.malformed(file, chunk.number(i), KeptLine.NO_PATIENT);
      } else {
        partitions.add(line.patient(), new SourceLine(chunk.file(), chunk.number(i), line.json()), chunk.length(i));
        patients += "Patient".equals(line.resourceType()) ? 1 : 0;
        if (line.medication() != null) {
          medications.namedBy(line.medication(), line.patient());
        }
      }
    }
  }
}
