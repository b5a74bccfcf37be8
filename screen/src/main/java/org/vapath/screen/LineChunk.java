package org.vapath.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Arrays;

/**
 * Lines of one export file copied together, so that another thread can keep them ({@link KeptLine})
 * while the reading thread goes on; what it finds is stored beside each line, to be added to the
 * groups in the export's order.
 */
final class LineChunk {
  /** Enough lines to make a task worth handing to another thread; a longer line gets a chunk of its own. */
  static final int BYTES = 1 << 20;

  private final int file;
  private byte[] bytes = new byte[BYTES];
  private int used;
  private int[] starts = new int[512];
  private long[] numbers = new long[512];
  private int count;
  private KeptLine[] kept;
  private String[] problems;
  private String[] owners;
  private boolean[] relevant;

  LineChunk(int file) {
    this.file = file;
  }

  int file() {
    return file;
  }

  /** Whether a line of this length fits; the first one always does. */
  boolean fits(int length) {
    return count == 0 || used + length <= bytes.length;
  }

  void add(byte[] buffer, int from, int length, long number) {
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, used + length);
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      numbers = Arrays.copyOf(numbers, count * 2);
    }
    System.arraycopy(buffer, from, bytes, used, length);
    starts[count] = used;
    numbers[count++] = number;
    used += length;
  }

  /** On a pool thread: reads every line that matters. */
  LineChunk keep(Relevance relevance) {
    kept = new KeptLine[count];
    problems = new String[count];
    owners = new String[count];
    relevant = new boolean[count];
    for (int i = 0; i < count; i++) {
      relevant[i] = relevance.matters(bytes, starts[i], length(i));
      if (relevant[i]) {
        try {
          kept[i] = KeptLine.read(bytes, starts[i], length(i));
        } catch (JsonProcessingException e) {
          problems[i] = KeptLine.problem(e);
          owners[i] = KeptLine.ownerOfUnreadable(bytes, starts[i], length(i));
        }
      }
    }
    bytes = null; // the copies are not needed any more
    return this;
  }

  int count() {
    return count;
  }

  long number(int i) {
    return numbers[i];
  }

  int length(int i) {
    return (i + 1 < count ? starts[i + 1] : used) - starts[i];
  }

  boolean relevant(int i) {
    return relevant[i];
  }

  /** The line kept; {@code null} when it is not relevant or could not be read. */
  KeptLine kept(int i) {
    return kept[i];
  }

  /** Why the line could not be read; {@code null} when it could. */
  String problem(int i) {
    return problems[i];
  }

  /** The patient a line that could not be read still names ({@link LineOwner}); {@code null} when none. */
  String owner(int i) {
    return owners[i];
  }
}
