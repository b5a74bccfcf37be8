package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Pain;

/**
 * What the observations say: platelet, INR and WBC results by LOINC code, converted from their UCUM
 * unit to the pack's canonical unit, and the latest general pain score (0-10, as a quantity, an
 * integer or a coded answer) with its date; what a score means for the pain status is the engine's
 * rule. A result that cannot be read (an unknown unit, an implausible value) is left out and named,
 * and so are the results of the same test it may have superseded: an unreadable platelet count
 * never lets an older one stand for the current count.
 */
final class ObservationFacts {
  /** Results that count: final or revised. Preliminary, cancelled, in error or unknown ones do not. */
  private static final Set<String> COUNTING = Set.of("final", "amended", "corrected");
  private static final Map<String, Double> WEIGHT_UNITS = Map.of("kg", 1.0, "g", 0.001, "[lb_av]", 0.45359237);
  /** The case format's range for {@code patient.weightKg}. */
  private static final double MIN_WEIGHT_KG = 0.5;
  private static final double MAX_WEIGHT_KG = 500;

  private final List<LabResult> labs = new ArrayList<>();
  /** Per test, the date of its latest unreadable result ({@code LocalDate.MAX} when undated). */
  private final Map<LabTest, LocalDate> unreadable = new EnumMap<>(LabTest.class);
  private Double nrs;
  private LocalDate nrsDate;
  private LocalDate unreadableScore;
  private Double weightKg;
  private LocalDate weightDate;
  private LocalDate unreadableWeight;

  ObservationFacts(List<JsonNode> observations, Codes codes, KnowledgePack pack, LocalDate assessedOn,
      ReadIssues issues) {
    for (JsonNode observation : observations) {
      Concept lab = codes.find(observation.get("code"), "lab");
      boolean pain = lab == null && codes.find(observation.get("code"), "pain-nrs") != null;
      if (lab == null && !pain && codes.find(observation.get("code"), "body-weight") != null && counts(observation)) {
        try {
          weight(observation, assessedOn);
        } catch (InputError e) {
          issues.add(observation, e);
          LocalDate date = dateOrMax(observation);
          unreadableWeight = unreadableWeight == null ? date : later(unreadableWeight, date);
        }
        continue;
      }
      if ((lab == null && !pain) || !counts(observation)) {
        continue;
      }
      try {
        if (lab != null) {
          lab(observation, LabTest.valueOf(lab.value().toUpperCase(Locale.ROOT)), pack);
        } else {
          pain(observation, assessedOn);
        }
      } catch (InputError e) {
        issues.add(observation, e);
        LocalDate date = dateOrMax(observation);
        if (lab != null) {
          unreadable.merge(LabTest.valueOf(lab.value().toUpperCase(Locale.ROOT)), date, ObservationFacts::later);
        } else {
          unreadableScore = unreadableScore == null ? date : later(unreadableScore, date);
        }
      }
    }
  }

  /** The readable results, less those an unreadable later result of the same test supersedes. */
  List<LabResult> labs() {
    List<LabResult> kept = new ArrayList<>(labs.size());
    for (LabResult result : labs) {
      LocalDate hidden = unreadable.get(result.test());
      if (hidden == null || (result.date() != null && !LocalDate.MAX.equals(hidden) && result.date().isAfter(hidden))) {
        kept.add(result);
      }
    }
    return kept;
  }

  /** The latest pain score and its date, with no status; unknown when an unreadable score may be later. */
  Pain pain() {
    if (nrs == null || unreadableScore != null && (nrsDate == null || !nrsDate.isAfter(unreadableScore))) {
      return null;
    }
    return new Pain(null, nrs, null, nrsDate);
  }

  /** The latest body weight in kg on or before the day assessed; unknown when an unreadable one may be later. */
  Double weightKg() {
    if (weightKg == null || unreadableWeight != null && (weightDate == null || !weightDate.isAfter(unreadableWeight))) {
      return null;
    }
    return weightKg;
  }

  /**
   * A body weight in UCUM {@code kg}, {@code g} or {@code [lb_av]} (the units of US Core's body weight
   * value set; the avoirdupois pound is 0.45359237 kg by definition), from 0.5 to 500 kg as the case
   * format reads it. Another unit or an implausible value is named, and the weight stays unknown from
   * it: an older weight does not stand for the current one.
   */
  private void weight(JsonNode observation, LocalDate assessedOn) {
    JsonNode quantity = observation.get("valueQuantity");
    if (quantity == null || !quantity.has("value")) {
      return; // no value (a dataAbsentReason): the weight is not known from it
    }
    LocalDate date = FhirNodes.choiceDate(observation, "effective");
    if (date != null && date.isAfter(assessedOn)) {
      return;
    }
    String unit = quantity.has("code") ? FhirNodes.text(quantity, "code") : FhirNodes.text(quantity, "unit");
    JsonNode number = quantity.get("value");
    Double factor = unit == null ? null : WEIGHT_UNITS.get(unit);
    if (factor == null || !number.isNumber()) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity", unit == null ? null : '"' + unit + '"',
          "is not a body weight VAPath reads: a number in kg, g or [lb_av]");
    }
    double kg = number.doubleValue() * factor;
    if (kg < MIN_WEIGHT_KG || kg > MAX_WEIGHT_KG) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.value",
          number.decimalValue().toPlainString() + " " + unit, "is not a plausible body weight (0.5 to 500 kg)");
    }
    if (weightKg == null || (date != null && (weightDate == null || date.isAfter(weightDate)))) {
      weightKg = kg;
      weightDate = date;
    }
  }

  private void pain(JsonNode observation, LocalDate assessedOn) {
    Double value = score(observation);
    if (value == null) {
      return; // a score with no value says nothing
    }
    LocalDate date = FhirNodes.choiceDate(observation, "effective");
    if (date != null && date.isAfter(assessedOn)) {
      return; // after the day assessed: not yet known on that day
    }
    if (nrs == null || (date != null && (nrsDate == null || date.isAfter(nrsDate)))) {
      nrs = value;
      nrsDate = date;
    }
  }

  /** A 0-10 score from valueQuantity, valueInteger or a coded answer whose code or words are the number. */
  private static Double score(JsonNode observation) {
    JsonNode value;
    String element;
    if (observation.has("valueQuantity")) {
      element = "valueQuantity.value";
      value = observation.get("valueQuantity").get("value");
    } else if (observation.has("valueInteger")) {
      element = "valueInteger";
      value = observation.get("valueInteger");
    } else if (observation.has("valueCodeableConcept")) {
      element = "valueCodeableConcept";
      value = codedScore(observation.get("valueCodeableConcept"));
    } else {
      return null;
    }
    if (value == null || !value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > 10) {
      throw new InputError(FhirNodes.where(observation) + "." + element, value == null ? null : value.toString(),
          "is not a 0-10 pain score");
    }
    return value.doubleValue();
  }

  /** A coded answer's number: its text, or a coding's display or code, when that is a whole number. */
  private static JsonNode codedScore(JsonNode concept) {
    List<String> candidates = new ArrayList<>();
    candidates.add(FhirNodes.text(concept, "text"));
    for (JsonNode coding : FhirNodes.codings(concept)) {
      candidates.add(FhirNodes.text(coding, "display"));
      candidates.add(FhirNodes.text(coding, "code"));
    }
    for (String candidate : candidates) {
      if (candidate != null && candidate.strip().matches("\\d{1,2}")) {
        return com.fasterxml.jackson.databind.node.IntNode.valueOf(Integer.parseInt(candidate.strip()));
      }
    }
    return null;
  }

  private void lab(JsonNode observation, LabTest test, KnowledgePack pack) {
    JsonNode quantity = observation.get("valueQuantity");
    // A result without a number says nothing: it is left out, and the test stays missing.
    if (quantity == null || !quantity.has("value")) {
      return;
    }
    LabSpec spec = pack.lab(test);
    String unit = quantity.has("code") ? FhirNodes.text(quantity, "code") : FhirNodes.text(quantity, "unit");
    Double factor = spec.factorFor(unit);
    if (factor == null) {
      String accepted = String.join(", ", spec.unitFactors().keySet().stream().sorted().toList());
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.code", unit == null ? null : '"' + unit + '"',
          (unit == null ? "has no unit, which " + spec.name() + " requires" : "is not a unit accepted for "
              + spec.name()) + "; accepted: " + accepted);
    }
    JsonNode number = quantity.get("value");
    if (!number.isNumber()) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.value", number.toString(),
          "is not a number");
    }
    double value = number.doubleValue() * factor;
    if (value < spec.plausibleMin() || value > spec.plausibleMax()) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.value",
          number.decimalValue().toPlainString(), "is not a plausible " + spec.name() + "; check the unit");
    }
    labs.add(new LabResult(test, value, FhirNodes.choiceDate(observation, "effective")));
  }

  private static LocalDate dateOrMax(JsonNode observation) {
    try {
      LocalDate date = FhirNodes.choiceDate(observation, "effective");
      return date == null ? LocalDate.MAX : date;
    } catch (InputError e) {
      return LocalDate.MAX;
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static boolean counts(JsonNode observation) {
    String status = FhirNodes.text(observation, "status");
    return status == null || COUNTING.contains(status);
  }
}
