package org.vapath.screen;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
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
 * K-th of the export at a time, whatever its size. Lines stay UTF-8 bytes throughout.
 */
final class Partitions implements AutoCloseable {
  private final Path folder;
  private final List<DataOutputStream> spills = new ArrayList<>();
  private final Map<String, List<SourceLine>> inMemory = new LinkedHashMap<>();

  private Partitions(Path folder, int count) throws IOException {
    this.folder = folder;
    if (count > 1) {
      Files.createDirectories(folder);
      for (int i = 0; i < count; i++) {
        spills.add(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(i)), 1 << 16)));
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

  private Path file(int i) {
    return folder.resolve("partition-" + i + ".bin");
  }

  int count() {
    return Math.max(1, spills.size());
  }

  /** Adds the current line of {@code in}, from line {@code number} of file {@code file}, to its patient. */
  void add(String patient, int file, long number, ByteLines in) throws IOException {
    if (spills.isEmpty()) {
      inMemory.computeIfAbsent(patient, p -> new ArrayList<>()).add(new SourceLine(file, number, in.copy()));
      return;
    }
    DataOutputStream spill = spills.get(Math.floorMod(patient.hashCode(), spills.size()));
    byte[] id = patient.getBytes(StandardCharsets.UTF_8);
    spill.writeShort(id.length);
    spill.write(id);
    spill.writeInt(file);
    spill.writeLong(number);
    spill.writeInt(in.length());
    spill.write(in.buffer(), in.lineStart(), in.length());
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
            idLength = in.readUnsignedShort();
          } catch (EOFException end) {
            break;
          }
          String patient = new String(in.readNBytes(idLength), StandardCharsets.UTF_8);
          int file = in.readInt();
          long number = in.readLong();
          byte[] json = in.readNBytes(in.readInt());
          groups.computeIfAbsent(patient, p -> new ArrayList<>()).add(new SourceLine(file, number, json));
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
