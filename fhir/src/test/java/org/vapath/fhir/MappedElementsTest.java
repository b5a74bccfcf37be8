package org.vapath.fhir;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.vapath.core.Case;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;

/**
 * The screening parses only the elements {@link MappedElements} names; these tests hold the list to
 * the mapping: every element the mapping touches, on every vignette written as FHIR and on a record
 * with each kind of resource and each choice form, must be on it, and the cases must not change.
 */
class MappedElementsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final FhirCaseMapper MAPPER = new FhirCaseMapper(KnowledgePackJson.embedded());

  @Test
  void everyElementTheMappingTouchesIsOnTheList() throws IOException {
    Set<String> touched = new TreeSet<>();
    ObjectMapper recording = new ObjectMapper().setNodeFactory(new RecordingFactory(touched));
    for (List<String> record : records()) {
      List<JsonNode> resources = new ArrayList<>();
      for (String json : record) {
        JsonNode resource = recording.readTree(json);
        ((RecordingNode) resource).root = true;
        resources.add(resource);
      }
      MAPPER.mapJson(resources, TODAY);
    }

    assertThat(touched).contains("Patient.birthDate", "Condition.extension", "Observation.effectivePeriod",
        "Observation.effectiveInstant", "MedicationRequest.contained", "MedicationStatement.medicationReference",
        "Medication.code", "AllergyIntolerance.code", "ImagingStudy.series", "DiagnosticReport.category");
    assertThat(touched).allSatisfy(element -> assertThat(MappedElements.isRead(element.substring(0,
        element.indexOf('.')), element.substring(element.indexOf('.') + 1))).as(element).isTrue());
  }

  @Test
  void theScreeningsOwnElementsADeceasedPatientsAreKeptThoughTheMappingDoesNotReadThem() throws IOException {
    assertThat(MappedElements.READ_BY_SCREENING).isEqualTo(Map.of("Patient",
        Set.of("deceasedBoolean", "deceasedDateTime")));
    for (String element : MappedElements.READ_BY_SCREENING.get("Patient")) {
      assertThat(MappedElements.isRead("Patient", element)).as(element).isTrue();
      assertThat(MappedElements.isRead(null, element)).as("before the type is read: " + element).isTrue();
      assertThat(MappedElements.isRead("Observation", element)).as("not of other types: " + element).isFalse();
    }
    ObjectMapper json = new ObjectMapper();
    byte[] patient = ("{\"deceasedDateTime\":\"2025-02-03\",\"resourceType\":\"Patient\",\"id\":\"p1\","
        + "\"name\":[{\"family\":\"Doe\"}],\"deceasedBoolean\":true}").getBytes(StandardCharsets.UTF_8);
    assertThat(MappedElements.parse(json, patient, 0, patient.length)).isEqualTo(json.readTree(
        "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"deceasedDateTime\":\"2025-02-03\",\"deceasedBoolean\":true}"));
  }

  @Test
  void theCasesAreTheSameFromTheElementsReadAsFromWholeResources() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (List<String> record : records()) {
      List<JsonNode> whole = new ArrayList<>();
      List<JsonNode> read = new ArrayList<>();
      for (String resource : record) {
        whole.add(json.readTree(resource));
        byte[] bytes = resource.getBytes(StandardCharsets.UTF_8);
        read.add(MappedElements.parse(json, bytes, 0, bytes.length));
      }
      assertThat(MAPPER.mapJson(read, TODAY)).isEqualTo(MAPPER.mapJson(whole, TODAY));
    }
  }

  @Test
  void elementsTheMappingDoesNotReadAreLeftOutYetTheWholeMustBeOneJsonObject() throws IOException {
    ObjectMapper json = new ObjectMapper();
    byte[] patient = ("{\"text\":{\"div\":\"<div/>\"},\"gender\":\"male\",\"resourceType\":\"Patient\","
        + "\"name\":[{\"family\":\"Doe\"}],\"id\":\"p1\",\"birthDate\":\"1950-01-01\"}")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(MappedElements.parse(json, patient, 0, patient.length)).isEqualTo(json.readTree(
        "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"male\",\"birthDate\":\"1950-01-01\"}"));
    byte[] broken = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":}]}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MappedElements.parse(json, broken, 0, broken.length))
        .isInstanceOf(JsonProcessingException.class);
    for (String notOneObject : List.of("[1,2]", "{\"resourceType\":\"Patient\"} {}", "\"Patient\"")) {
      byte[] bytes = notOneObject.getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> MappedElements.parse(json, bytes, 0, bytes.length)).as(notOneObject)
          .isInstanceOf(JsonProcessingException.class);
    }
  }

  /** Each vignette's FHIR resources as JSON, and the record with every kind of resource. */
  private static List<List<String>> records() throws IOException {
    CaseReader reader = new CaseReader(KnowledgePackJson.embedded(), () -> TODAY);
    List<Vignettes.Vignette> vignettes = new ArrayList<>(Vignettes.all());
    vignettes.addAll(Vignettes.in("hemostasis-vignettes"));
    List<List<String>> records = new ArrayList<>();
    for (Vignettes.Vignette vignette : vignettes) {
      Case kase = reader.read(vignette.caseJson());
      List<String> record = new ArrayList<>();
      for (Bundle.BundleEntryComponent entry : CaseToFhir.of(kase).getEntry()) {
        record.add(FhirJson.context().newJsonParser().encodeResourceToString(entry.getResource()));
      }
      records.add(record);
    }
    try (InputStream in = Objects.requireNonNull(MappedElementsTest.class.getResourceAsStream(
        "/every-element-read.ndjson"))) {
      records.add(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
    return records;
  }

  /** Builds objects that note which top-level element of which resource type is read. */
  private static final class RecordingFactory extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;
    private final transient Set<String> touched;

    RecordingFactory(Set<String> touched) {
      this.touched = touched;
    }

    @Override
    public ObjectNode objectNode() {
      return new RecordingNode(this, touched);
    }
  }

  private static final class RecordingNode extends ObjectNode {
    private static final long serialVersionUID = 1L;
    private final transient Set<String> touched;
    private boolean root;

    RecordingNode(JsonNodeFactory factory, Set<String> touched) {
      super(factory);
      this.touched = touched;
    }

    @Override
    public JsonNode get(String element) {
      note(element);
      return super.get(element);
    }

    @Override
    public JsonNode path(String element) {
      note(element);
      return super.path(element);
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> properties() {
      note("*");
      return super.properties();
    }

    @Override
    @SuppressWarnings("deprecation")
    public Iterator<Map.Entry<String, JsonNode>> fields() {
      note("*");
      return super.fields();
    }

    @Override
    public Iterator<String> fieldNames() {
      note("*");
      return super.fieldNames();
    }

    private void note(String element) {
      if (root) {
        touched.add(super.get("resourceType").asText() + "." + element);
      }
    }

    @Override
    public boolean equals(Object o) {
      return super.equals(o);
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }
}
