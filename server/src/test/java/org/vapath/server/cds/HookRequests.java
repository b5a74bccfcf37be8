package org.vapath.server.cds;

import org.vapath.core.json.KnowledgePackJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.Case;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.fhir.CaseToFhir;
import org.vapath.fhir.FhirJson;
import org.vapath.fhir.VapathFhir;

/** CDS Hooks requests as an EHR sends them, for the tests. */
public final class HookRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HookRequests() {
  }

  /**
   * A hook request for a vignette's patient, its record written as FHIR prefetch under VAPath's
   * keys; at order-select the draft order is the one selected.
   */
  public static String forVignette(String hook, String vignette, String draftOrderCode) {
    Case kase = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/" + vignette + ".case.json"));
    Bundle record = CaseToFhir.of(kase);
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", hook).put("hookInstance", UUID.randomUUID().toString())
        .put("fhirServer", "https://ehr.test/fhir");
    ObjectNode context = request.putObject("context");
    context.put("userId", "Practitioner/123").put("patientId", kase.caseId());
    if (draftOrderCode != null) {
      if (hook.equals("order-select")) {
        context.putArray("selections").add("ServiceRequest/order-1");
      }
      context.set("draftOrders", readTree("{\"resourceType\":\"Bundle\",\"type\":\"collection\","
          + "\"entry\":[{\"resource\":{\"resourceType\":\"ServiceRequest\",\"id\":\"order-1\","
          + "\"status\":\"draft\",\"intent\":\"order\","
          + "\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"" + draftOrderCode
          + "\"}]},\"subject\":{\"reference\":\"Patient/" + kase.caseId() + "\"}}}]}"));
    }
    request.set("prefetch", prefetch(record));
    return request.toString();
  }

  /**
   * A record as an EHR prefetches it for VAPath's templates: the Patient read as itself, each search
   * as a searchset Bundle (the Medications a request names included), {@code null} where there is no
   * data, as CDS Hooks 2.0 asks.
   */
  /** The keys of the services' prefetch templates. */
  public static List<String> prefetchKeys() {
    return CdsServices.templates(KnowledgePackJson.embedded()).stream().map(PrefetchTemplate::key).toList();
  }

  public static ObjectNode prefetch(Bundle record) {
    ObjectNode prefetch = JSON.createObjectNode();
    for (PrefetchTemplate template : CdsServices.templates(KnowledgePackJson.embedded())) {
      List<Resource> found = new ArrayList<>();
      for (Bundle.BundleEntryComponent entry : record.getEntry()) {
        if (answers(template, entry.getResource())) {
          found.add(entry.getResource());
        }
      }
      if (found.isEmpty()) {
        prefetch.putNull(template.key());
      } else if (template.query().startsWith("Patient/")) {
        prefetch.set(template.key(), json(found.get(0)));
      } else {
        Bundle searchset = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        found.forEach(r -> searchset.addEntry().setResource(r));
        prefetch.set(template.key(), json(searchset));
      }
    }
    return prefetch;
  }

  private static boolean answers(PrefetchTemplate template, Resource resource) {
    String type = resource.fhirType();
    if (type.equals("Medication")) {
      return template.key().equals("medicationRequests");
    }
    if (!type.equals(template.resourceType())) {
      return false;
    }
    if (resource instanceof Observation observation) {
      boolean fact = observation.getCode().getCoding().stream().map(Coding::getSystem)
          .anyMatch(VapathFhir.FACTS::equals);
      return template.key().equals(fact ? "caseFacts" : "labs");
    }
    return true;
  }

  private static JsonNode json(Resource resource) {
    return readTree(FhirJson.context().newJsonParser().encodeResourceToString(resource));
  }

  static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A Medication coded in RxNorm. */
  public static Medication medication(String id, String rxnorm) {
    Medication medication = new Medication().setCode(new CodeableConcept(new Coding(
        "http://www.nlm.nih.gov/research/umls/rxnorm", rxnorm, null)));
    medication.setId(id);
    return medication;
  }

  /** An order of the medication at {@code reference}. */
  public static MedicationRequest request(String reference, MedicationRequest.MedicationRequestStatus status) {
    return new MedicationRequest().setStatus(status).setIntent(MedicationRequest.MedicationRequestIntent.ORDER)
        .setMedication(new Reference(reference));
  }
}
