package org.vapath.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vapath.core.assessment.Clearance;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.HoldRule;
import org.vapath.core.knowledge.HoldRule.HoldUnit;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.Medication;

/**
 * Chooses the hold of one antithrombotic from its table: by dose intensity, route and creatinine
 * clearance where the table depends on them, the longest applicable row when they are unknown (a
 * heparin without a route is held as the subcutaneous one), a provisional hold with no earliest date
 * for a direct oral anticoagulant whose clearance is unknown, and none when the clearance is below the
 * table. With a last dose, gives the earliest procedure date: a hold of N days means N full days
 * without a dose before the procedure day.
 */
final class HoldPlanner {
  private HoldPlanner() {
  }

  /**
   * The rule that applies ({@code null} when below the table), the reason it was chosen, and what was
   * unknown: the clearance, the intensity, the route; {@code provisional} when the hold stands only
   * until the clearance is known.
   */
  record Choice(HoldRule rule, String why, boolean clearanceUnknown, boolean intensityUnknown, boolean provisional) {
  }

  static Choice choose(Antithrombotic drug, Medication medication, Clearance clearance) {
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
    if (drug.dependsOnRoute()) {
      route(drug, medication, rules, why);
    }
    boolean clearanceUnknown = false;
    boolean provisional = false;
    if (drug.dependsOnClearance()) {
      if (clearance == null) {
        clearanceUnknown = true;
        provisional = drug.provisionalWithoutClearance();
        why.append(provisional ? "creatinine clearance not known, so the hold is provisional; "
            : "creatinine clearance not recorded, so the longest hold of the table applies; ");
      } else {
        double value = clearance.mlMin();
        rules.removeIf(rule -> !rule.clearance().contains(value));
        String crcl = "CrCl " + CreatinineClearance.oneDecimal(value) + " mL/min" + (clearance.computed()
            ? " by Cockcroft-Gault" : "");
        if (rules.isEmpty()) {
          return new Choice(null, crcl + " is below the table (its lowest band: " + lowestBand(drug).clearance()
              .describe() + ")", false, intensityUnknown, false);
        }
        why.append(crcl).append(" (").append(rules.get(0).clearance().describe()).append("); ");
      }
    }
    return new Choice(longest(rules), why.toString(), clearanceUnknown, intensityUnknown, provisional);
  }

  /** Keeps the rows of the route given; without one (or one the table lacks), every row stays, and the longest wins. */
  private static void route(Antithrombotic drug, Medication medication, List<HoldRule> rules, StringBuilder why) {
    String wanted = medication.route() == null ? null : Words.lower(medication.route());
    if (wanted != null && rules.stream().anyMatch(rule -> wanted.equals(rule.route()))) {
      rules.removeIf(rule -> rule.route() != null && !rule.route().equals(wanted));
      why.append(wanted.equals("sc") ? "subcutaneous" : wanted.equals("iv") ? "intravenous" : wanted)
          .append(" route; ");
    } else {
      why.append(drug.routeUnknown() == null ? "route not recorded, so the longest hold of the table applies"
          : drug.routeUnknown().replaceAll("\\.$", "")).append("; ");
    }
  }

  private static HoldRule longest(List<HoldRule> rules) {
    HoldRule longest = rules.get(0);
    for (HoldRule rule : rules) {
      if (rule.maxHours() > longest.maxHours()) {
        longest = rule;
      }
    }
    return longest;
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

  static HoldItem item(Antithrombotic drug, Medication medication, Choice choice, boolean prescriber, String basis) {
    HoldRule rule = choice.rule();
    LocalDate earliest = rule == null || choice.provisional() ? null : earliestDate(rule, medication.lastDose());
    return new HoldItem(drug.id(), medication.name(), drug.drugClass(), rule == null ? null : rule.describe(),
        rule == null ? null : rule.min(), rule == null ? null : rule.max(),
        rule == null ? null : Words.lower(rule.unit()), medication.lastDose(), earliest, prescriber, basis,
        rule == null ? drug.source() : rule.sourceOr(drug.source()), drug.confirm(), choice.provisional());
  }
}
