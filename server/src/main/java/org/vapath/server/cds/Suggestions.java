package org.vapath.server.cds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.CoverageItem;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.catalogue.Orderable;
import org.vapath.core.catalogue.Status;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.Terminology;

/**
 * Suggestions that create the orders the work-up lacks, as draft FHIR R4 ServiceRequests for the
 * patient in context that the clinician can accept: a platelet count, an INR, a WBC count (coded by
 * the pack's LOINC codes), an MRI, a CT, a radiograph (coded by the pack's DICOM modality codes,
 * the text naming the spine and the levels). Each suggestion has a uuid, which the EHR's feedback
 * names when it is accepted. What each work-up finding orders, and its words, is the catalogue's
 * ({@link org.vapath.core.catalogue.FindingCode#orders()}).
 */
final class Suggestions {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Suggestions() {
  }

  static ArrayNode forMissing(Assessment a, Terminology terminology, String hookInstance, String patientId) {
    Objects.requireNonNull(patientId, "patientId == null");
    ArrayNode suggestions = JSON.arrayNode();
    for (Finding workup : a.workup()) {
      for (Orderable order : workup.entry().orders()) {
        add(suggestions, a, workup.code(), order, terminology, hookInstance, patientId);
      }
    }
    return suggestions;
  }

  /** The orders that would document the coverage criteria not met or unknown, where an order makes sense. */
  static ArrayNode forCoverage(Assessment a, Terminology terminology, String hookInstance, String patientId) {
    Objects.requireNonNull(patientId, "patientId == null");
    ArrayNode suggestions = JSON.arrayNode();
    for (CoverageItem item : a.coverage() == null ? List.<CoverageItem>of() : a.coverage().criteria()) {
      if (item.status() != Status.MET) {
        for (Orderable order : item.entry().orders()) {
          add(suggestions, a, item.code(), order, terminology, hookInstance, patientId);
        }
      }
    }
    return suggestions;
  }

  private static void add(ArrayNode suggestions, Assessment a, String finding, Orderable order,
      Terminology terminology, String hookInstance, String patientId) {
    String words = order.imaging() ? order.words() + where(a) : order.words();
    Concept code = terminology.meaning(order.means()).stream().filter(c -> order.value().equals(c.value()))
        .findFirst().orElse(null);
    String uuid = UUID.nameUUIDFromBytes((hookInstance + ":vapath:" + finding + ":" + order.value())
        .getBytes(StandardCharsets.UTF_8)).toString();
    suggestion(suggestions.addObject().put("label", "Order: " + words).put("uuid", uuid), code, words, patientId);
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
