package org.vapath.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.fhir.CaseToFhir;
import org.vapath.fhir.FhirJson;

/** CDS Hooks requests as an EHR sends them, for the tests. */
public final class HookRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HookRequests() {
  }

  /** A hook request for a vignette's patient, its record written as FHIR prefetch. */
  public static String forVignette(String hook, String vignette, String draftOrderCode) {
    Case kase = new CaseReader(KnowledgePack.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/" + vignette + ".case.json"));
    Bundle record = CaseToFhir.of(kase);
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", hook).put("hookInstance", UUID.randomUUID().toString())
        .put("fhirServer", "https://ehr.test/fhir");
    ObjectNode context = request.putObject("context");
    context.put("userId", "Practitioner/123").put("patientId", kase.caseId());
    if (draftOrderCode != null) {
      context.set("draftOrders", readTree("{\"resourceType\":\"Bundle\",\"type\":\"collection\","
          + "\"entry\":[{\"resource\":{\"resourceType\":\"ServiceRequest\",\"id\":\"order-1\","
          + "\"status\":\"draft\",\"intent\":\"order\","
          + "\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"" + draftOrderCode
          + "\"}]},\"subject\":{\"reference\":\"Patient/" + kase.caseId() + "\"}}}]}"));
    }
    request.putObject("prefetch").set("record", readTree(FhirJson.context().newJsonParser()
        .encodeResourceToString(record)));
    return request.toString();
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
