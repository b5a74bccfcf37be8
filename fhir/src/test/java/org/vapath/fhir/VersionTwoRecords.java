package org.vapath.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.assessment.Finding;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.RecordIssue;

/** One patient's record as EHRs, Synthea and US Core write it, for {@link VersionTwoPathsTest}, and its reading. */
final class VersionTwoRecords {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);
  private static final FhirCaseMapper MAPPER = new FhirCaseMapper(KnowledgePackJson.embedded());
  /** A woman of 36, as Synthea writes a Patient. */
  private static final String PATIENT = """
      {"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1990-03-14",
       "name":[{"use":"official","family":"Kunde","given":["Ava"]}]}""";

  private VersionTwoRecords() {
  }

  /** A fracture Condition of L1 as an EHR codes it, with VAPath's extensions and more elements. */
  static String condition(String extensions, String more, String clinical) {
    return """
        {"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/p1"},
         "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical",
           "code":"%s"}]},
         "verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status",
           "code":"confirmed"}]},
         "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"M84.58XA",
           "display":"Pathological fracture in neoplastic disease, other specified site"}]},
         "bodySite":[{"text":"L1 vertebra"}]%s%s}""".formatted(clinical,
        extensions.isEmpty() ? "" : ",\"extension\":[" + extensions + "]", more);
  }

  /** A laboratory or vital-sign Observation with a UCUM quantity, as Synthea and US Core write one. */
  static String quantity(String id, String loinc, double value, String unit, String status) {
    String category = loinc.equals("2160-0") ? "laboratory" : "vital-signs";
    String quantity = unit == null ? "{\"value\":%s}".formatted(value)
        : "{\"value\":%s,\"unit\":\"%s\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"%s\"}"
            .formatted(value, unit, unit);
    return """
        {"resourceType":"Observation","id":"%s","status":"%s","subject":{"reference":"Patient/p1"},
         "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category",
           "code":"%s"}]}],
         "code":{"coding":[{"system":"http://loinc.org","code":"%s"}]},
         "effectiveDateTime":"2026-11-20T08:00:00-05:00","valueQuantity":%s}"""
        .formatted(id, status, category, loinc, quantity);
  }

  static Case map(String... resources) throws IOException {
    ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
    ArrayNode entries = bundle.putArray("entry");
    List<String> all = new ArrayList<>(List.of(PATIENT));
    all.addAll(List.of(resources));
    for (String resource : all) {
      JsonNode node = JSON.readTree(resource);
      entries.addObject().set("resource", node);
    }
    return MAPPER.mapBundle(bundle.toString(), ON);
  }

  static Fracture fracture(Case kase) {
    assertThat(kase.fractures()).hasSize(1);
    return kase.fractures().get(0);
  }

  static Double creatinine(Case kase) {
    return kase.labs().stream().filter(l -> l.test() == LabTest.CREATININE).map(LabResult::value).findFirst()
        .orElse(null);
  }

  /** Named with its resource and element when {@code element} is given; nothing named for {@code "-"}. */
  static void assertNamed(Case kase, String resource, String element) {
    if (element.equals("-")) {
      assertThat(kase.recordIssues()).isEmpty();
      return;
    }
    assertThat(kase.recordIssues()).extracting(RecordIssue::resource, RecordIssue::element)
        .containsExactly(tuple(resource, element));
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }
}
