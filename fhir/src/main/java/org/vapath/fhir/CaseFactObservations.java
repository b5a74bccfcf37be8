package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vapath.core.InputError;

/**
 * Observations coded in VAPath's case-facts system (pain status, response to medical therapy,
 * neurological signs, infection and coagulopathy status, creatinine clearance): for each fact the
 * latest observation wins. Absent, a fact stays unknown.
 */
final class CaseFactObservations {
  private static final List<String> VALUES = List.of("valueCodeableConcept", "valueBoolean", "valueQuantity",
      "valueString", "valueInteger", "valueDateTime", "valuePeriod", "valueRange", "valueRatio", "valueTime",
      "valueSampledData");

  private final Map<String, JsonNode> latest = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  CaseFactObservations(List<JsonNode> observations) {
    for (JsonNode observation : observations) {
      String fact = fact(observation.get("code"));
      if (fact == null || !hasValue(observation) || !ObservationFacts.counts(observation)) {
        continue;
      }
      LocalDate date = FhirNodes.choiceDate(observation, "effective");
      LocalDate previous = dates.get(fact);
      if (!latest.containsKey(fact) || (date != null && (previous == null || date.isAfter(previous)))) {
        latest.put(fact, observation);
        dates.put(fact, date);
      }
      check(observation, fact);
    }
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

  private static void check(JsonNode observation, String fact) {
    boolean booleanFact = fact.equals(VapathFhir.MYELOPATHY) || fact.equals(VapathFhir.RADICULOPATHY);
    boolean quantityFact = fact.equals(VapathFhir.CREATININE_CLEARANCE);
    boolean ok = booleanFact ? observation.path("valueBoolean").isBoolean()
        : quantityFact ? observation.has("valueQuantity") : observation.has("valueCodeableConcept");
    if (!ok) {
      throw new InputError(FhirNodes.where(observation) + ".value[x]", null, "must be a "
          + (booleanFact ? "valueBoolean" : quantityFact ? "valueQuantity in mL/min" : "valueCodeableConcept")
          + " for the case fact " + fact);
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
