package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
  /** Results that count: final or revised. Preliminary, cancelled, in error or unknown ones do not. */
  private static final Set<String> COUNTING = Set.of("final", "amended", "corrected");

  private final List<LabResult> labs = new ArrayList<>();
  private Double nrs;
  private LocalDate nrsDate;

  ObservationFacts(List<JsonNode> observations, Codes codes, KnowledgePack pack) {
    for (JsonNode observation : observations) {
      JsonNode quantity = observation.get("valueQuantity");
      // A result without a number says nothing: it is left out, and the test stays missing.
      if (!counts(observation) || quantity == null || !quantity.has("value")) {
        continue;
      }
      Concept lab = codes.find(observation.get("code"), "lab");
      if (lab != null) {
        labs.add(lab(observation, quantity, LabTest.valueOf(lab.value().toUpperCase(Locale.ROOT)), pack));
      } else if (codes.find(observation.get("code"), "pain-nrs") != null) {
        pain(observation, number(observation, quantity));
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

  private void pain(JsonNode observation, double value) {
    LocalDate date = FhirNodes.choiceDate(observation, "effective");
    if (value < 0 || value > 10) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.value", Double.toString(value),
          "is not a 0-10 pain score");
    }
    if (nrs == null || (date != null && (nrsDate == null || date.isAfter(nrsDate)))) {
      nrs = value;
      nrsDate = date;
    }
  }

  private static LabResult lab(JsonNode observation, JsonNode quantity, LabTest test, KnowledgePack pack) {
    LabSpec spec = pack.lab(test);
    String unit = quantity.has("code") ? FhirNodes.text(quantity, "code") : FhirNodes.text(quantity, "unit");
    Double factor = spec.factorFor(unit);
    if (factor == null) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.code", "\"" + unit + "\"",
          "is not a unit accepted for " + spec.name() + "; accepted: "
              + String.join(", ", spec.unitFactors().keySet().stream().sorted().toList()));
    }
    double value = number(observation, quantity) * factor;
    if (value < spec.plausibleMin() || value > spec.plausibleMax()) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.value",
          quantity.get("value").decimalValue().toPlainString(),
          "is not a plausible " + spec.name() + "; check the unit");
    }
    return new LabResult(test, value, FhirNodes.choiceDate(observation, "effective"));
  }

  private static double number(JsonNode observation, JsonNode quantity) {
    JsonNode value = quantity.get("value");
    if (!value.isNumber()) {
      throw new InputError(FhirNodes.where(observation) + ".valueQuantity.value", value.toString(), "is not a number");
    }
    return value.doubleValue();
  }

  static boolean counts(JsonNode observation) {
    String status = FhirNodes.text(observation, "status");
    return status == null || COUNTING.contains(status);
  }
}
