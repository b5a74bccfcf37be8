package org.vapath.screen;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups the export's kept lines by patient in bounded memory. Lines are held in memory while they fit
 * the budget (one partition); past it, the lines held and every later one go to one of K spill files
 * by a hash of their patient, K chosen so that each holds at most the budget even if nothing more of
 * the export were left out, and each file is grouped in memory in turn. Lines stay UTF-8 bytes.
 */
final class Partitions implements AutoCloseable {
  /** What a held line costs beyond its JSON: its objects and its place in the groups. */
  private static final int LINE_OVERHEAD = 96;

  private final Path folder;
  private final long exportBytes;
  private final long budget;
  private final List<DataOutputStream> spills = new ArrayList<>();
  private final Map<String, List<SourceLine>> inMemory = new LinkedHashMap<>();
  private long held;
  private long read;
  private long lines;

  private Partitions(Path folder, long exportBytes, long budget) {
    this.folder = folder;
    this.exportBytes = exportBytes;
    this.budget = budget;
  }

  /** Partitions for an export of {@code jsonBytes}, each at most {@code budgetBytes}; spill files in {@code folder}. */
  static Partitions forExport(long jsonBytes, long budgetBytes, Path folder) {
    return new Partitions(folder, jsonBytes, budgetBytes);
  }

  private Path file(int i) {
    return folder.resolve("partition-" + i + ".bin");
  }

  int count() {
    return Math.max(1, spills.size());
  }

  /** Adds a line kept from {@code lineBytes} of the export to its patient. */
  void add(String patient, SourceLine line, int lineBytes) throws IOException {
    read += lineBytes;
    lines++;
    if (!spills.isEmpty()) {
      spill(patient, line);
      return;
    }
    inMemory.computeIfAbsent(patient, p -> new ArrayList<>()).add(line);
    held += line.json().length + LINE_OVERHEAD;
    if (held > budget) {
      startSpilling();
    }
  }

  private void startSpilling() throws IOException {
    long unread = Math.max(0, exportBytes - read);
    long atMost = held + unread + (long) ((double) unread * lines / read * LINE_OVERHEAD);
    int count = (int) Math.min(4096, Math.max(2, (atMost + budget - 1) / budget));
    Files.createDirectories(folder);
    for (int i = 0; i < count; i++) {
      spills.add(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(i)), 1 << 16)));
    }
    for (Map.Entry<String, List<SourceLine>> patient : inMemory.entrySet()) {
      for (SourceLine line : patient.getValue()) {
        spill(patient.getKey(), line);
      }
    }
    inMemory.clear();
    held = 0;
  }

  private void spill(String patient, SourceLine line) throws IOException {
    DataOutputStream spill = spills.get(Math.floorMod(patient.hashCode(), spills.size()));
    byte[] id = patient.getBytes(StandardCharsets.UTF_8);
    spill.writeInt(id.length);
    spill.write(id);
    spill.writeInt(line.file());
    spill.writeLong(line.number());
    spill.writeBoolean(line.unreadable());
    spill.writeInt(line.json().length);
    spill.write(line.json());
  }
  /** Hands the patients of each partition, with their lines, to {@code partition}, one partition at a time. */
  void forEachPartition(Consumer<List<Map.Entry<String, List<SourceLine>>>> partition) throws IOException {
    if (spills.isEmpty()) {
      partition.accept(new ArrayList<>(inMemory.entrySet()));
      inMemory.clear();
      return;
    }
    for (DataOutputStream spill : spills) {
      spill.close();
    }
    for (int i = 0; i < spills.size(); i++) {
      Map<String, List<SourceLine>> groups = new LinkedHashMap<>();
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file(i)), 1 << 16))) {
        while (true) {
          int idLength;
          try {
            idLength = in.readInt();
          } catch (EOFException end) {
            break;
          }
          String patient = new String(in.readNBytes(idLength), StandardCharsets.UTF_8);
          int file = in.readInt();
          long number = in.readLong();
          boolean unreadable = in.readBoolean();
          byte[] json = in.readNBytes(in.readInt());
          groups.computeIfAbsent(patient, p -> new ArrayList<>()).add(SourceLine.of(file, number, json, unreadable));
        }
      }
      Files.delete(file(i));
      partition.accept(new ArrayList<>(groups.entrySet()));
    }
  }

  @Override
  public void close() throws IOException {
    for (DataOutputStream spill : spills) {
      spill.close();
    }
    for (int i = 0; i < spills.size(); i++) {
      Files.deleteIfExists(file(i));
    }
    if (!spills.isEmpty()) {
      Files.deleteIfExists(folder);
    }
  }
}
