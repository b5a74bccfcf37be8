package org.vapath.report.cases;

import java.time.LocalDate;
import java.util.Objects;
import org.vapath.report.ReportReading;

/**
 * One report read: how the record names it ({@code DiagnosticReport/mr-1}, {@code the pasted
 * report}), its date when known, and what the reader read in it.
 */
public record ReadReport(String reference, LocalDate date, ReportReading reading) {
  public ReadReport {
    Objects.requireNonNull(reference, "reference == null");
    Objects.requireNonNull(reading, "reading == null");
  }

  /** The report as a finding names it: {@code DiagnosticReport/mr-1 (MR, 2026-11-02)}. */
  public String describe() {
    String modality = reading.modality();
    if (modality == null && date == null) {
      return reference;
    }
    return reference + " (" + (modality == null ? "" : modality + (date == null ? "" : ", ")) + (date == null ? ""
        : date.toString()) + ")";
  }
}
