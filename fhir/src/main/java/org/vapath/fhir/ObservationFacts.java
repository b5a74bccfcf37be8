package org.vapath.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Pain;
import org.vapath.core.model.PainStatus;

/**
 * What the observations say: platelet, INR and WBC results by LOINC code, converted from their UCUM
 * unit to the pack's canonical unit (an unknown unit is refused, as in a JSON case), and the pain
 * score. A pain score within the lab validity window sets the pain status: above 0 is ongoing, 0 is
 * none; an older score gives the number but leaves the status unknown.
 */
final class ObservationFacts {
  private final List<LabResult> labs = new ArrayList<>();
  private Double nrs;
  private LocalDate nrsDate;

  ObservationFacts(List<Observation> observations, Codes codes, KnowledgePack pack) {
    for (Observation observation : observations) {
      // A result without a number says nothing: it is left out, and the test stays missing.
      if (!counts(observation) || !observation.hasValueQuantity() || !observation.getValueQuantity().hasValue()) {
        continue;
      }
      Concept lab = codes.find(observation.getCode(), "lab");
      if (lab != null) {
        labs.add(lab(observation, LabTest.valueOf(lab.value().toUpperCase(Locale.ROOT)), pack));
      } else if (codes.find(observation.getCode(), "pain-nrs") != null) {
        pain(observation);
      }
    }
  }

  List<LabResult> labs() {
    return labs;
  }

  Pain pain(LocalDate assessedOn, int validityDays) {
    if (nrs == null) {
      return null;
    }
    boolean current = nrsDate != null && !nrsDate.isAfter(assessedOn)
        && !nrsDate.isBefore(assessedOn.minusDays(validityDays));
    PainStatus status = current ? (nrs > 0 ? PainStatus.ONGOING : PainStatus.NONE) : null;
    return new Pain(status, nrs, null);
  }

  private void pain(Observation observation) {
    LocalDate date = FhirDates.of(observation.getEffective());
    double value = observation.getValueQuantity().getValue().doubleValue();
    if (value < 0 || value > 10) {
      throw new InputError(where(observation) + ".valueQuantity.value", Double.toString(value),
          "is not a 0-10 pain score");
    }
    if (nrs == null || (date != null && (nrsDate == null || date.isAfter(nrsDate)))) {
      nrs = value;
      nrsDate = date;
    }
  }

  private static LabResult lab(Observation observation, LabTest test, KnowledgePack pack) {
    Quantity quantity = observation.getValueQuantity();
    LabSpec spec = pack.lab(test);
    String unit = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
    Double factor = spec.factorFor(unit);
    if (factor == null) {
      throw new InputError(where(observation) + ".valueQuantity.code", "\"" + unit + "\"",
          "is not a unit accepted for " + spec.name() + "; accepted: "
              + String.join(", ", spec.unitFactors().keySet().stream().sorted().toList()));
    }
    double value = quantity.getValue().doubleValue() * factor;
    if (value < spec.plausibleMin() || value > spec.plausibleMax()) {
      throw new InputError(where(observation) + ".valueQuantity.value", quantity.getValue().toPlainString(),
          "is not a plausible " + spec.name() + "; check the unit");
    }
    return new LabResult(test, value, FhirDates.of(observation.getEffective()));
  }

  static boolean counts(Observation observation) {
    Observation.ObservationStatus status = observation.getStatus();
    return status == null || status == Observation.ObservationStatus.FINAL
        || status == Observation.ObservationStatus.AMENDED || status == Observation.ObservationStatus.CORRECTED;
  }

  static String where(Observation observation) {
    return "Observation/" + (observation.hasIdElement() ? observation.getIdElement().getIdPart() : "?");
  }
}
