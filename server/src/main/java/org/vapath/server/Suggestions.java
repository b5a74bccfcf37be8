package org.vapath.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Finding;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.Terminology;

/**
 * Suggestions that create the orders the work-up lacks, as draft FHIR ServiceRequests the clinician
 * can accept: a platelet count, an INR, a WBC count (by the pack's LOINC codes), an MRI, a radiograph.
 */
final class Suggestions {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** VAPath's work-up codes to the lab test ordered (coded from the pack) or the words of an imaging order. */
  private static final Map<String, List<String>> ORDERS = Map.of(
      "ORDER_PLATELET_COUNT", List.of("platelets", "Platelet count"),
      "ORDER_INR", List.of("inr", "INR"),
      "ORDER_WBC", List.of("wbc", "WBC count"),
      "ORDER_MRI", List.of("", "MRI of the spine at the fractured level(s)"),
      "ORDER_CT_OR_MRI", List.of("", "CT or MRI of the spine at the fractured level(s)"),
      "ORDER_SPINE_RADIOGRAPH", List.of("", "Radiograph of the spine at the vertebra in question"));

  private Suggestions() {
  }

  static ArrayNode forMissing(Assessment a, Terminology terminology) {
    ArrayNode suggestions = JSON.arrayNode();
    for (Finding workup : a.workup()) {
      List<String> order = ORDERS.get(workup.code());
      if (order != null) {
        suggestion(suggestions, order.get(0).isEmpty() ? null : labCode(terminology, order.get(0)), order.get(1),
            a.caseId());
      }
    }
    return suggestions;
  }

  private static Concept labCode(Terminology terminology, String test) {
    return terminology.meaning("lab").stream().filter(c -> test.equals(c.value())).findFirst().orElse(null);
  }

  private static void suggestion(ArrayNode suggestions, Concept code, String words, String patientId) {
    ObjectNode suggestion = suggestions.addObject();
    suggestion.put("label", "Order: " + words);
    ObjectNode action = suggestion.putArray("actions").addObject();
    action.put("type", "create").put("description", "Order " + words);
    ObjectNode request = action.putObject("resource");
    request.put("resourceType", "ServiceRequest").put("status", "draft").put("intent", "proposal");
    ObjectNode concept = request.putObject("code");
    if (code != null) {
      concept.putArray("coding").addObject().put("system", code.system()).put("code", code.code())
          .put("display", code.display());
    }
    concept.put("text", words);
    if (patientId != null) {
      request.putObject("subject").put("reference", "Patient/" + patientId);
    }
  }
}
