package org.vapath.fhir;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.vapath.core.InputError;

/**
 * Observations coded in VAPath's case-facts system (pain status, response to medical therapy,
 * neurological signs, infection and coagulopathy status, creatinine clearance): for each fact the
 * latest observation wins. Absent, a fact stays unknown.
 */
final class CaseFactObservations {
  private final Map<String, Type> latest = new HashMap<>();
  private final Map<String, Type> effective = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  CaseFactObservations(List<Observation> observations) {
    for (Observation observation : observations) {
      String fact = fact(observation.getCode());
      if (fact == null || !observation.hasValue() || !ObservationFacts.counts(observation)) {
        continue;
      }
      LocalDate date = FhirDates.of(observation.getEffective());
      LocalDate previous = dates.get(fact);
      if (!latest.containsKey(fact) || (date != null && (previous == null || date.isAfter(previous)))) {
        latest.put(fact, observation.getValue());
        effective.put(fact, observation.getEffective());
        dates.put(fact, date);
      }
      check(observation, fact);
    }
  }

  /** The coded value of a fact (e.g. {@code "not_improving"}), or {@code null}. */
  String code(String fact) {
    return latest.get(fact) instanceof CodeableConcept concept ? concept.getCodingFirstRep().getCode() : null;
  }

  /** The start of the observation's effective period: since when the fact holds (e.g. the therapy). */
  LocalDate since(String fact) {
    return effective.get(fact) instanceof Period period && period.hasStart() ? FhirDates.of(period.getStartElement())
        : null;
  }

  Boolean bool(String fact) {
    return latest.get(fact) instanceof BooleanType value ? value.getValue() : null;
  }

  Double quantity(String fact) {
    return latest.get(fact) instanceof Quantity value && value.hasValue() ? value.getValue().doubleValue() : null;
  }

  private static void check(Observation observation, String fact) {
    boolean booleanFact = fact.equals(VapathFhir.MYELOPATHY) || fact.equals(VapathFhir.RADICULOPATHY);
    boolean quantityFact = fact.equals(VapathFhir.CREATININE_CLEARANCE);
    Type value = observation.getValue();
    boolean ok = booleanFact ? value instanceof BooleanType
        : quantityFact ? value instanceof Quantity : value instanceof CodeableConcept;
    if (!ok) {
      throw new InputError(ObservationFacts.where(observation) + ".value[x]", null, "must be a "
          + (booleanFact ? "valueBoolean" : quantityFact ? "valueQuantity in mL/min" : "valueCodeableConcept")
          + " for the case fact " + fact);
    }
  }

  private static String fact(CodeableConcept code) {
    for (Coding coding : code.getCoding()) {
      if (VapathFhir.FACTS.equals(coding.getSystem())) {
        return coding.getCode();
      }
    }
    return null;
  }
}
