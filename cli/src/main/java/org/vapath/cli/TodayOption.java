package org.vapath.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --today DATE} option: the date taken as today, for a case without one, a FHIR record or an export. */
final class TodayOption {
  @Option(names = "--today", paramLabel = "DATE", converter = TodayOption.Date.class, description = "The date taken"
      + " as today (yyyy-mm-dd) for a case without assessedOn, a FHIR bundle or an export; default: the system date.")
  LocalDate today;

  /** A calendar date as yyyy-mm-dd; anything else refused in words, not with a Java exception's name. */
  static final class Date implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a calendar date as yyyy-mm-dd");
      }
    }
  }

  LocalDate day() {
    return today == null ? CaseSource.today() : today;
  }
}
