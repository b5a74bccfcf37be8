package org.vapath.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.HoldRule;
import org.vapath.core.knowledge.HoldRule.HoldUnit;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.Medication;

/**
 * Chooses the hold of one antithrombotic from its table: by dose intensity and creatinine
 * clearance where the table depends on them, the longest applicable row when they are unknown,
 * and none when the clearance is below the table. With a last dose, gives the earliest procedure
 * date: a hold of N days means N full days without a dose before the procedure day.
 */
final class HoldPlanner {
  private HoldPlanner() {
  }

  /** The rule that applies, the reason it was chosen, or {@code null} rule when below the table. */
  record Choice(HoldRule rule, String why, boolean clearanceUnknown, boolean intensityUnknown) {
  }

  static Choice choose(Antithrombotic drug, Medication medication, Double clearance) {
    List<HoldRule> rules = new ArrayList<>(drug.holds());
    StringBuilder why = new StringBuilder();
    boolean intensityUnknown = false;
    if (drug.dependsOnIntensity()) {
      DoseIntensity intensity = medication.intensity();
      if (intensity == null) {
        intensityUnknown = true;
        why.append("dose intensity not recorded, so the longest hold of the table applies; ");
      } else {
        String wanted = Words.lower(intensity);
        rules.removeIf(rule -> rule.intensity() != null && !rule.intensity().equals(wanted));
        why.append(wanted).append(" dose; ");
      }
    }
    boolean clearanceUnknown = false;
    if (drug.dependsOnClearance()) {
      if (clearance == null) {
        clearanceUnknown = true;
        why.append("creatinine clearance not recorded, so the longest hold of the table applies; ");
      } else {
        rules.removeIf(rule -> !rule.clearance().contains(clearance));
        if (rules.isEmpty()) {
          return new Choice(null, "CrCl " + Words.number(clearance) + " mL/min is below the table (its lowest"
              + " band: " + lowestBand(drug).clearance().describe() + ")", false, intensityUnknown);
        }
        why.append("CrCl ").append(Words.number(clearance)).append(" mL/min (")
            .append(rules.get(0).clearance().describe()).append("); ");
      }
    }
    HoldRule longest = rules.get(0);
    for (HoldRule rule : rules) {
      if (rule.maxHours() > longest.maxHours()) {
        longest = rule;
      }
    }
    return new Choice(longest, why.toString(), clearanceUnknown, intensityUnknown);
  }

  private static HoldRule lowestBand(Antithrombotic drug) {
    HoldRule lowest = drug.holds().get(0);
    for (HoldRule rule : drug.holds()) {
      if (rule.clearance().lowerBound() < lowest.clearance().lowerBound()) {
        lowest = rule;
      }
    }
    return lowest;
  }

  /**
   * The first date on which the hold is complete, from the upper bound of the hold. For holds in
   * hours the record gives only the date of the last dose, so the date is the first day on which
   * the interval can have passed; the item says to count the hours from the dose itself.
   */
  static LocalDate earliestDate(HoldRule rule, LocalDate lastDose) {
    if (lastDose == null) {
      return null;
    }
    if (rule.unit() == HoldUnit.DAYS) {
      return lastDose.plusDays((long) Math.ceil(rule.max()) + 1);
    }
    return lastDose.plusDays((long) Math.ceil(rule.max() / 24.0));
  }

  static HoldItem item(Antithrombotic drug, Medication medication, HoldRule rule, boolean prescriber,
      String basis) {
    LocalDate earliest = rule == null ? null : earliestDate(rule, medication.lastDose());
    return new HoldItem(drug.id(), medication.name(), drug.drugClass(), rule == null ? null : rule.describe(),
        rule == null ? null : rule.min(), rule == null ? null : rule.max(),
        rule == null ? null : Words.lower(rule.unit()), medication.lastDose(), earliest, prescriber, basis,
        drug.source(), drug.confirm());
  }
}
