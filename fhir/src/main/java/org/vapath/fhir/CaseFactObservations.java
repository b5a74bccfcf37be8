package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;

/**
 * Observations coded in VAPath's case-facts system (pain status, response to medical therapy,
 * neurological signs, infection and coagulopathy status, creatinine clearance): for each fact the
 * latest observation wins. Absent, a fact stays unknown; an unreadable observation of a fact (a
 * value of the wrong type, a code outside the fact's vocabulary) is named, and its fact stays
 * unknown: it may have been the latest word on it.
 */
final class CaseFactObservations {
  private static final List<String> VALUES = List.of("valueCodeableConcept", "valueBoolean", "valueQuantity",
      "valueString", "valueInteger", "valueDateTime", "valuePeriod", "valueRange", "valueRatio", "valueTime",
      "valueSampledData");

  private static final Set<String> BOOLEAN_FACTS = Set.of(VapathFhir.MYELOPATHY, VapathFhir.RADICULOPATHY,
      VapathFhir.PREGNANT, VapathFhir.HOSPITALIZED, VapathFhir.BMD_REFERRAL, VapathFhir.OSTEOPOROSIS_TREATMENT);
  private static final Set<String> QUANTITY_FACTS = Set.of(VapathFhir.CREATININE_CLEARANCE, VapathFhir.RMDQ,
      VapathFhir.ODI);

  /** Each quantity fact's range, as the case format reads it (a whole number for the RMDQ). */
  private static final Map<String, List<Double>> RANGES = Map.of(VapathFhir.CREATININE_CLEARANCE, List.of(0.0, 300.0),
      VapathFhir.RMDQ, List.of(0.0, 24.0), VapathFhir.ODI, List.of(0.0, 100.0));

  private final Map<String, JsonNode> latest = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<String, LocalDate> unreadable = new HashMap<>();

  /** {@code vocabularies}: the codes each coded fact may take. */
  CaseFactObservations(List<JsonNode> observations, Map<String, Set<String>> vocabularies, ReadIssues issues) {
    for (JsonNode observation : observations) {
      String fact = fact(observation.get("code"));
      if (fact == null || !hasValue(observation) || !ObservationFacts.counts(observation)) {
        continue;
      }
      LocalDate date;
      try {
        date = FhirNodes.choiceDate(observation, "effective");
        check(observation, fact, vocabularies.get(fact));
      } catch (InputError e) {
        issues.add(observation, e);
        unreadable.put(fact, LocalDate.MAX);
        continue;
      }
      LocalDate previous = dates.get(fact);
      if (!latest.containsKey(fact) || (date != null && (previous == null || date.isAfter(previous)))) {
        latest.put(fact, observation);
        dates.put(fact, date);
      }
    }
    // An unreadable observation may be the latest word on its fact: the fact is then unknown.
    unreadable.keySet().forEach(latest::remove);
  }

  /** The coded value of a fact (e.g. {@code "not_improving"}), or {@code null}. */
  String code(String fact) {
    JsonNode observation = latest.get(fact);
    return observation == null ? null : FhirNodes.firstCode(observation.get("valueCodeableConcept"));
  }

  /** The start of the observation's effective period: since when the fact holds (e.g. the therapy). */
  LocalDate since(String fact) {
    JsonNode observation = latest.get(fact);
    JsonNode period = observation == null ? null : observation.get("effectivePeriod");
    String start = FhirNodes.text(period, "start");
    return start == null ? null : FhirNodes.date(start, observation, "effectivePeriod.start");
  }

  Boolean bool(String fact) {
    JsonNode observation = latest.get(fact);
    JsonNode value = observation == null ? null : observation.get("valueBoolean");
    return value == null ? null : value.booleanValue();
  }

  Double quantity(String fact) {
    JsonNode observation = latest.get(fact);
    JsonNode value = observation == null ? null : observation.path("valueQuantity").get("value");
    return value == null || !value.isNumber() ? null : value.doubleValue();
  }

  private static boolean hasValue(JsonNode observation) {
    return VALUES.stream().anyMatch(observation::has);
  }

  private static void check(JsonNode observation, String fact, Set<String> vocabulary) {
    boolean booleanFact = BOOLEAN_FACTS.contains(fact);
    boolean quantityFact = QUANTITY_FACTS.contains(fact);
    boolean ok = booleanFact ? observation.path("valueBoolean").isBoolean()
        : quantityFact ? observation.path("valueQuantity").path("value").isNumber()
        : observation.path("valueCodeableConcept").isObject();
    if (!ok) {
      throw new InputError(FhirNodes.where(observation) + ".value[x]", null, "must be a "
          + (booleanFact ? "valueBoolean" : quantityFact ? "valueQuantity" : "valueCodeableConcept")
          + " for the case fact " + fact);
    }
    if (quantityFact) {
      checkQuantity(observation, fact);
    }
    if (vocabulary != null) {
      String code = FhirNodes.firstCode(observation.get("valueCodeableConcept"));
      if (code == null || !vocabulary.contains(code)) {
        throw new InputError(FhirNodes.where(observation) + ".valueCodeableConcept",
            code == null ? null : '"' + code + '"', "must be one of " + String.join(", ",
                vocabulary.stream().sorted().toList()) + " for the case fact " + fact);
      }
    }
    if (observation.has("effectivePeriod")) {
      String start = FhirNodes.text(observation.get("effectivePeriod"), "start");
      FhirNodes.date(start, observation, "effectivePeriod.start");
    }
  }

  /**
   * A quantity within the fact's range; a creatinine clearance in mL/min (an eGFR per 1.73 m², or a
   * clearance in mL/s, is another figure and is not read as one).
   */
  private static void checkQuantity(JsonNode observation, String fact) {
    JsonNode quantity = observation.get("valueQuantity");
    String unit = quantity.has("code") ? FhirNodes.text(quantity, "code") : FhirNodes.text(quantity, "unit");
    if (fact.equals(VapathFhir.CREATININE_CLEARANCE) && unit != null && !unit.equals("mL/min")) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.code", '"' + unit + '"',
          "is not mL/min, the unit of the case fact " + fact);
    }
    JsonNode value = quantity.get("value");
    List<Double> range = RANGES.get(fact);
    double number = value.doubleValue();
    boolean whole = !fact.equals(VapathFhir.RMDQ) || number == Math.rint(number);
    if (number < range.get(0) || number > range.get(1) || !whole) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.value", value.decimalValue().toPlainString(),
          "is not " + (fact.equals(VapathFhir.RMDQ) ? "a whole number " : "") + "from " + range.get(0).intValue()
              + " to " + range.get(1).intValue() + " for the case fact " + fact);
    }
  }

  private static String fact(JsonNode code) {
    for (JsonNode coding : FhirNodes.codings(code)) {
      if (VapathFhir.FACTS.equals(FhirNodes.text(coding, "system"))) {
        return FhirNodes.text(coding, "code");
      }
    }
    return null;
  }
}
