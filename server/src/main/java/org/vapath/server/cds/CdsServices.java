package org.vapath.server.cds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.Concept;
import org.vapath.fhir.VapathFhir;

/** The CDS services VAPath offers, and their discovery document with prefetch templates. */
final class CdsServices {
  static final String PATIENT_VIEW = "vapath-patient-view";
  static final String ORDER_SELECT = "vapath-order-select";
  static final String ORDER_SIGN = "vapath-order-sign";
  static final Map<String, String> HOOKS = Map.of(PATIENT_VIEW, "patient-view", ORDER_SELECT, "order-select",
      ORDER_SIGN, "order-sign");

  private CdsServices() {
  }

  static ObjectNode discovery(KnowledgePack pack) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode services = root.putArray("services");
    Map<String, String> prefetch = prefetch(pack);
    service(services, PATIENT_VIEW, "patient-view", "VAPath: is this patient a candidate for vertebral augmentation?",
        "Shows whether a patient with a vertebral compression fracture is a candidate for vertebroplasty or"
            + " kyphoplasty, with contraindications, missing work-up and preparation. Quiet without a fracture.",
        prefetch);
    service(services, ORDER_SELECT, "order-select", "VAPath: vertebroplasty or kyphoplasty order",
        "When a vertebroplasty or kyphoplasty is selected: candidacy, missing work-up, antithrombotic holds and"
            + " the risk and benefit to discuss.", prefetch);
    service(services, ORDER_SIGN, "order-sign", "VAPath: vertebroplasty or kyphoplasty order at signing",
        "The same at signing; cards already shown at order-select for the same order are not repeated unless"
            + " something changed.", prefetch);
    return root;
  }

  private static void service(ArrayNode services, String id, String hook, String title, String description,
      Map<String, String> prefetch) {
    ObjectNode service = services.addObject();
    service.put("hook", hook).put("title", title).put("description", description).put("id", id);
    ObjectNode templates = service.putObject("prefetch");
    prefetch.forEach(templates::put);
  }

  /** The templates' keys and queries, as the discovery document lists them. */
  static Map<String, String> prefetch(KnowledgePack pack) {
    Map<String, String> queries = new LinkedHashMap<>();
    templates(pack).forEach(t -> queries.put(t.key(), t.query()));
    return queries;
  }

  /**
   * Templates for what the mapper reads, with the codes of the knowledge pack. Required are the
   * data whose absence the mapper would read as "none": without conditions a fracture would be
   * taken as absent, and with one medication list but not the other the list would look complete
   * and could hide an anticoagulant. Without the others the facts stay unknown and the
   * assessment says so.
   */
  static List<PrefetchTemplate> templates(KnowledgePack pack) {
    String patient = PrefetchTemplate.PATIENT_TOKEN;
    List<Concept> observed = new java.util.ArrayList<>(pack.terminology().meaning("lab"));
    observed.addAll(pack.terminology().meaning("pain-nrs"));
    String codes = observed.stream().map(c -> c.system() + "|" + c.code()).collect(Collectors.joining(","));
    return List.of(
        new PrefetchTemplate("patient", "Patient/" + patient, true),
        new PrefetchTemplate("conditions", "Condition?patient=" + patient, true),
        new PrefetchTemplate("labs", "Observation?patient=" + patient + "&code=" + codes, false),
        new PrefetchTemplate("caseFacts", "Observation?patient=" + patient + "&code=" + VapathFhir.FACTS + "|",
            false),
        // _include brings the Medication a request names by reference, as the specification's own
        // example includes a PractitionerRole's practitioner.
        new PrefetchTemplate("medicationRequests", "MedicationRequest?patient=" + patient
            + "&status=active,on-hold&_include=MedicationRequest:medication", true),
        new PrefetchTemplate("medicationStatements", "MedicationStatement?patient=" + patient
            + "&status=active&_include=MedicationStatement:medication", true),
        new PrefetchTemplate("allergies", "AllergyIntolerance?patient=" + patient, false),
        new PrefetchTemplate("imaging", "ImagingStudy?patient=" + patient, false),
        new PrefetchTemplate("reports", "DiagnosticReport?patient=" + patient, false));
  }
}
