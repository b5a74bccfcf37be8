package org.vapath.screen;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups the export's lines by patient in bounded memory. When the export fits the memory budget
 * the groups are kept in memory (one partition); otherwise each line goes to one of K spill files
 * by a hash of its patient, and each file is grouped in memory in turn, so that memory holds one
 * K-th of the export at a time, whatever its size.
 */
final class Partitions implements AutoCloseable {
  private final Path folder;
  private final List<BufferedWriter> spills = new ArrayList<>();
  private final Map<String, List<SourceLine>> inMemory = new LinkedHashMap<>();

  private Partitions(Path folder, int count) throws IOException {
    this.folder = folder;
    if (count > 1) {
      Files.createDirectories(folder);
      for (int i = 0; i < count; i++) {
        spills.add(Files.newBufferedWriter(folder.resolve("partition-" + i + ".tsv"), StandardCharsets.UTF_8));
      }
    }
  }

  /** Partitions for an export of {@code jsonBytes}, each at most {@code budgetBytes}; spill files in {@code folder}. */
  static Partitions forExport(long jsonBytes, long budgetBytes, Path folder) {
    int count = (int) Math.min(4096, Math.max(1, (jsonBytes + budgetBytes - 1) / budgetBytes));
    try {
      return new Partitions(folder, count);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int count() {
    return Math.max(1, spills.size());
  }

  void add(String patient, SourceLine line) throws IOException {
    if (spills.isEmpty()) {
      inMemory.computeIfAbsent(patient, p -> new ArrayList<>()).add(line);
      return;
    }
    BufferedWriter spill = spills.get(Math.floorMod(patient.hashCode(), spills.size()));
    spill.write(patient);
    spill.write('\t');
    spill.write(Integer.toString(line.file()));
    spill.write('\t');
    spill.write(Long.toString(line.number()));
    spill.write('\t');
    spill.write(line.json());
    spill.write('\n');
  }

  /** Hands the patients of each partition, with their lines, to {@code partition}, one partition at a time. */
  void forEachPartition(Consumer<List<Map.Entry<String, List<SourceLine>>>> partition) throws IOException {
    if (spills.isEmpty()) {
      partition.accept(new ArrayList<>(inMemory.entrySet()));
      inMemory.clear();
      return;
    }
    for (BufferedWriter spill : spills) {
      spill.close();
    }
    for (int i = 0; i < spills.size(); i++) {
      Path file = folder.resolve("partition-" + i + ".tsv");
      Map<String, List<SourceLine>> groups = new LinkedHashMap<>();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String row = in.readLine(); row != null; row = in.readLine()) {
          int a = row.indexOf('\t');
          int b = row.indexOf('\t', a + 1);
          int c = row.indexOf('\t', b + 1);
          SourceLine line = new SourceLine(Integer.parseInt(row.substring(a + 1, b)),
              Long.parseLong(row.substring(b + 1, c)), row.substring(c + 1));
          groups.computeIfAbsent(row.substring(0, a), p -> new ArrayList<>()).add(line);
        }
      }
      Files.delete(file);
      partition.accept(new ArrayList<>(groups.entrySet()));
    }
  }

  @Override
  public void close() throws IOException {
    for (BufferedWriter spill : spills) {
      spill.close();
    }
    for (int i = 0; i < spills.size(); i++) {
      Files.deleteIfExists(folder.resolve("partition-" + i + ".tsv"));
    }
    if (!spills.isEmpty()) {
      Files.deleteIfExists(folder);
    }
  }
}
