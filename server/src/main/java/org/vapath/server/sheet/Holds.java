package org.vapath.server.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hold plan as the patient hears it: each drug once. A drug recorded twice (two prescriptions,
 * two names) becomes one line that keeps the safer reading of both: the prescriber decides if either
 * row says so, the doctor tells the date if either row has no table hold, and the longest hold and the
 * latest dates stand.
 */
final class Holds {
  private Holds() {
  }

  static List<SheetFacts.Hold> oncePerDrug(List<SheetFacts.Hold> holds) {
    Map<String, SheetFacts.Hold> byDrug = new LinkedHashMap<>();
    for (SheetFacts.Hold hold : holds) {
      byDrug.merge(hold.drug().toLowerCase(Locale.ROOT), hold, Holds::safer);
    }
    return new ArrayList<>(byDrug.values());
  }

  private static SheetFacts.Hold safer(SheetFacts.Hold a, SheetFacts.Hold b) {
    boolean sameUnit = a.holdUnit() == null ? b.holdUnit() == null : a.holdUnit().equals(b.holdUnit());
    // rows in different units cannot be compared: the doctor tells the day
    boolean tabled = a.tabled() && b.tabled() && sameUnit;
    return new SheetFacts.Hold(a.drug(), a.recordedAs(), a.prescriberDecision() || b.prescriberDecision(), tabled,
        later(a.holdMax(), b.holdMax()), a.holdUnit(), later(a.lastDose(), b.lastDose()),
        a.earliest() == null || b.earliest() == null ? null : later(a.earliest(), b.earliest()));
  }

  private static Double later(Double a, Double b) {
    return a == null ? b : b == null ? a : Double.valueOf(Math.max(a, b));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
