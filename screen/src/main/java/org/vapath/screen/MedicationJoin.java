package org.vapath.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared Medication resources of an export, joined to the patients whose requests or statements
 * name them, in bounded memory: a Synthea patient's full history names some 25 of them, so a
 * population's cannot all be held. Medications and the names of them are grouped by medication id
 * in {@link Partitions} of their own (spilled past the budget), then each medication is added to the
 * group of every patient that names it.
 */
final class MedicationJoin implements AutoCloseable {
  /** A patient naming a medication is held as a line of no file whose bytes are the patient's id. */
  private static final int NAMED_BY = -1;

  private final Partitions byMedication;

  MedicationJoin(long exportBytes, long budgetBytes, Path folder) {
    this.byMedication = Partitions.forExport(exportBytes, budgetBytes, folder);
  }

  void medication(String id, SourceLine line) throws IOException {
    byMedication.add(id, line, line.json().length);
  }

  void namedBy(String medication, String patient) throws IOException {
    byMedication.add(medication, new SourceLine(NAMED_BY, 0, patient.getBytes(StandardCharsets.UTF_8)), 0);
  }

  /** Adds each medication, once, to the group of every patient that names it; one not in the export is left out. */
  void into(Partitions patients) throws IOException {
    try {
      byMedication.forEachPartition(medications -> {
        for (Map.Entry<String, List<SourceLine>> medication : medications) {
          join(medication.getValue(), patients);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void join(List<SourceLine> lines, Partitions patients) {
    SourceLine medication = null;
    Set<String> namedBy = new LinkedHashSet<>();
    for (SourceLine line : lines) {
      if (line.file() == NAMED_BY) {
        namedBy.add(new String(line.json(), StandardCharsets.UTF_8));
      } else if (medication == null) {
        medication = line;
      }
    }
    if (medication == null) {
      return;
    }
    try {
      for (String patient : namedBy) {
        patients.add(patient, medication, medication.json().length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Into how many parts the medications were split (1: held in memory). */
  int partitions() {
    return byMedication.count();
  }

  @Override
  public void close() throws IOException {
    byMedication.close();
  }
}
