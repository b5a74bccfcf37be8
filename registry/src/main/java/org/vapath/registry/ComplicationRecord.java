package org.vapath.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A complication of a procedure: one of the knowledge pack's complication codes or {@code OTHER}
 * (then with a description), its severity and date.
 */
public record ComplicationRecord(String code, String description, Severity severity, LocalDate occurredOn) {

  /** How serious the complication was. */
  public enum Severity { MINOR, MODERATE, SEVERE, FATAL }

  public static final String OTHER = "OTHER";

  public ComplicationRecord {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(occurredOn, "occurredOn == null");
    if (code.equals(OTHER) && (description == null || description.isBlank())) {
      throw new IllegalArgumentException("an OTHER complication needs a description");
    }
    TextLimits.check("description", description, TextLimits.DESCRIPTION);
  }
}
