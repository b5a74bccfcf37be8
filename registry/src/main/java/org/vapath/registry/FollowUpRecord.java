package org.vapath.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up visit: date, pain NRS (0-10), Roland-Morris Disability Questionnaire (0-24 items
 * checked), Oswestry Disability Index (0-100) and new fractures, each but the pain when known.
 */
public record FollowUpRecord(LocalDate seenOn, double painNrs, Integer rmdq, Double odi, Integer newFractures) {
  public FollowUpRecord {
    Objects.requireNonNull(seenOn, "seenOn == null");
    if (painNrs < 0 || painNrs > 10) {
      throw new IllegalArgumentException("painNrs must be 0-10: " + painNrs);
    }
    if (rmdq != null && (rmdq < 0 || rmdq > 24)) {
      throw new IllegalArgumentException("rmdq must be 0-24: " + rmdq);
    }
    if (odi != null && (odi < 0 || odi > 100)) {
      throw new IllegalArgumentException("odi must be 0-100: " + odi);
    }
    if (newFractures != null && newFractures < 0) {
      throw new IllegalArgumentException("newFractures must be 0 or more: " + newFractures);
    }
  }
}
