package org.vapath.bench;

import org.vapath.core.json.KnowledgePackJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.Case;
import org.vapath.core.json.CaseReader;
import org.vapath.fhir.CaseToFhir;
import org.vapath.fhir.FhirJson;
import org.vapath.fhir.VapathFhir;

/**
 * A realistic order-sign request: the P18 patient (warfarin, high INR, painful L1 fracture) with a
 * history of about 200 resources (years of labs and vital signs, other diagnoses), two radiology
 * reports in plain text (the MRI that gives the fracture's facts, an older radiograph), a kyphoplasty
 * draft order, all as prefetch under VAPath's keys.
 */
final class OrderSignRequests {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** VAPath's prefetch keys for searches (CdsServices in the server module). */
  private static final List<String> KEYS = List.of("conditions", "labs", "caseFacts", "medicationRequests",
      "medicationStatements", "allergies", "imaging", "reports");

  private OrderSignRequests() {
  }

  static String build(int history) {
    Bundle record = record(history);
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", "order-sign").put("hookInstance", "bench").put("fhirServer", "https://ehr.example/fhir");
    ObjectNode context = request.putObject("context");
    context.put("userId", "Practitioner/1").put("patientId", record.getEntry().stream()
        .filter(e -> e.getResource() instanceof Patient).findFirst().orElseThrow().getResource().getIdPart());
    try {
      context.set("draftOrders", JSON.readTree("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{"
          + "\"resource\":{\"resourceType\":\"ServiceRequest\",\"id\":\"kp-1\",\"status\":\"draft\",\"intent\":"
          + "\"order\",\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"22514\"}]}}}]}"));
      request.set("prefetch", prefetch(record));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return request.toString();
  }

  /** The patient's record: the vignette's resources and the history. */
  static Bundle record(int history) {
    Case kase = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(VignetteCases.lines().get(17));
    Bundle record = CaseToFhir.withReport(kase);
    DiagnosticReport radiograph = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
        .setCode(new CodeableConcept().setText("XR thoracolumbar spine, 2 views"))
        .setEffective(new DateTimeType("2026-10-30"))
        .addPresentedForm(new Attachment().setContentType("text/plain").setData(("XR THORACOLUMBAR SPINE, 2 VIEWS\n\n"
            + "CLINICAL HISTORY: Back pain after lifting.\n\nFINDINGS:\nThere is a new compression deformity of L1"
            + " with approximately 30% loss of anterior height. No other fracture. Alignment is maintained. Diffuse"
            + " osteopenia.\n\nIMPRESSION:\nL1 compression fracture, new since the prior study. MRI may help to"
            + " determine its age.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    radiograph.setId("xr-1");
    radiograph.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/" + kase.caseId()));
    record.addEntry().setResource(radiograph);
    LocalDate day = LocalDate.of(2026, 11, 1);
    String[] loinc = {"777-3", "6301-6", "6690-2", "2160-0", "718-7", "8480-6"};
    for (int i = 0; i < history; i++) {
      Observation old = new Observation().setStatus(Observation.ObservationStatus.FINAL)
          .setCode(new CodeableConcept(new Coding("http://loinc.org", loinc[i % loinc.length], null)))
          .setValue(new Quantity().setValue(BigDecimal.valueOf(100 + i % 50)).setCode("10*9/L"))
          .setEffective(new DateTimeType(day.minusDays(7L * i).toString()));
      old.setId("hist-" + i);
      if (i % 10 == 9) {
        Condition other = new Condition().setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/sid/icd-10-cm",
            "I10", "Essential hypertension")));
        other.setId("dx-" + i);
        record.addEntry().setResource(other);
      } else if (!loinc[i % loinc.length].equals("777-3") && !loinc[i % loinc.length].equals("6301-6")) {
        record.addEntry().setResource(old);
      }
    }
    return record;
  }

  /** The record as an EHR prefetches it for VAPath's discovery: each template's key, null where there is no data. */
  private static ObjectNode prefetch(Bundle record) throws IOException {
    Map<String, Bundle> searches = new LinkedHashMap<>();
    for (String key : KEYS) {
      searches.put(key, new Bundle().setType(Bundle.BundleType.SEARCHSET));
    }
    ObjectNode prefetch = JSON.createObjectNode();
    prefetch.putNull("patient");
    for (Bundle.BundleEntryComponent entry : record.getEntry()) {
      Resource resource = entry.getResource();
      if (resource instanceof Patient) {
        prefetch.set("patient", JSON.readTree(FhirJson.context().newJsonParser().encodeResourceToString(resource)));
      } else {
        searches.get(key(resource)).addEntry().setResource(resource);
      }
    }
    for (Map.Entry<String, Bundle> search : searches.entrySet()) {
      prefetch.set(search.getKey(), search.getValue().getEntry().isEmpty() ? null : JSON.readTree(
          FhirJson.context().newJsonParser().encodeResourceToString(search.getValue())));
    }
    return prefetch;
  }

  private static String key(Resource resource) {
    if (resource instanceof Observation observation) {
      return observation.getCode().getCoding().stream().anyMatch(c -> VapathFhir.FACTS.equals(c.getSystem()))
          ? "caseFacts" : "labs";
    }
    return switch (resource.fhirType()) {
      case "Condition" -> "conditions";
      case "MedicationRequest", "Medication" -> "medicationRequests";
      case "MedicationStatement" -> "medicationStatements";
      case "AllergyIntolerance" -> "allergies";
      case "ImagingStudy" -> "imaging";
      case "DiagnosticReport" -> "reports";
      default -> throw new IllegalStateException("no prefetch key for " + resource.fhirType());
    };
  }

  static int resources(String request) {
    try {
      int count = 0;
      for (com.fasterxml.jackson.databind.JsonNode value : JSON.readTree(request).get("prefetch")) {
        count += value.isNull() ? 0 : value.has("entry") ? value.get("entry").size() : 1;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
