package org.vapath.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --today DATE} option: the date taken as today, for a case without one, a FHIR record or an export. */
final class TodayOption {
  @Option(names = "--today", paramLabel = "DATE", description = "The date taken as today (yyyy-mm-dd) for a case"
      + " without assessedOn, a FHIR bundle or an export; default: the system date.")
  LocalDate today;

  LocalDate day() {
    return today == null ? CaseSource.today() : today;
  }
}
