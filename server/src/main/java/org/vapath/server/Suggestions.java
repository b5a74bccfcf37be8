package org.vapath.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.Terminology;

/**
 * Suggestions that create the orders the work-up lacks, as draft FHIR R4 ServiceRequests for the
 * patient in context that the clinician can accept: a platelet count, an INR, a WBC count (coded by
 * the pack's LOINC codes), an MRI, a CT, a radiograph (coded by the pack's DICOM modality codes,
 * the text naming the spine and the levels). Each suggestion has a uuid, which the EHR's feedback
 * names when it is accepted.
 */
final class Suggestions {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** One order: the pack's concept that codes it ({@code means}, {@code value}) and its words. */
  private record Order(String means, String value, String words) {
  }

  /** VAPath's work-up codes to what to order; CT or MRI is two suggestions, the clinician picks. */
  private static final Map<String, List<Order>> ORDERS = Map.of(
      "ORDER_PLATELET_COUNT", List.of(new Order("lab", "platelets", "Platelet count")),
      "ORDER_INR", List.of(new Order("lab", "inr", "INR")),
      "ORDER_WBC", List.of(new Order("lab", "wbc", "WBC count")),
      "ORDER_MRI", List.of(new Order("imaging", "mri", "MRI of the spine")),
      "ORDER_CT_OR_MRI", List.of(new Order("imaging", "mri", "MRI of the spine"),
          new Order("imaging", "ct", "CT of the spine")),
      "ORDER_SPINE_RADIOGRAPH", List.of(new Order("imaging", "radiograph", "Radiograph of the spine")));

  private Suggestions() {
  }

  static ArrayNode forMissing(Assessment a, Terminology terminology, String hookInstance, String patientId) {
    Objects.requireNonNull(patientId, "patientId == null");
    ArrayNode suggestions = JSON.arrayNode();
    for (Finding workup : a.workup()) {
      for (Order order : ORDERS.getOrDefault(workup.code(), List.of())) {
        String words = order.means().equals("imaging") ? order.words() + where(a) : order.words();
        Concept code = terminology.meaning(order.means()).stream().filter(c -> order.value().equals(c.value()))
            .findFirst().orElse(null);
        String uuid = UUID.nameUUIDFromBytes((hookInstance + ":vapath:" + workup.code() + ":" + order.value())
            .getBytes(StandardCharsets.UTF_8)).toString();
        suggestion(suggestions.addObject().put("label", "Order: " + words).put("uuid", uuid), code, words, patientId);
      }
    }
    return suggestions;
  }

  /** The fractured levels, when the assessment knows them. */
  private static String where(Assessment a) {
    List<String> levels = a.levels().stream().map(LevelAssessment::level).filter(Objects::nonNull).distinct()
        .toList();
    return levels.isEmpty() ? " at the fractured level(s)" : " at " + String.join(", ", levels);
  }

  private static void suggestion(ObjectNode suggestion, Concept code, String words, String patientId) {
    ObjectNode action = suggestion.putArray("actions").addObject();
    action.put("type", "create").put("description", "Create a draft order: " + words);
    ObjectNode request = action.putObject("resource");
    request.put("resourceType", "ServiceRequest").put("status", "draft").put("intent", "proposal");
    ObjectNode concept = request.putObject("code");
    if (code != null) {
      ObjectNode coding = concept.putArray("coding").addObject().put("system", code.system()).put("code", code.code());
      if (code.display() != null) {
        coding.put("display", code.display()); // FHIR JSON has no null values
      }
    }
    concept.put("text", words);
    request.putObject("subject").put("reference", "Patient/" + patientId);
  }
}
