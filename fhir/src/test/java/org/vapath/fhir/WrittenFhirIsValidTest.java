package org.vapath.fhir;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.fhir.ProfileValidator.errors;
import static org.vapath.fhir.ProfileValidator.unexplained;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;

/**
 * What VAPath writes as FHIR, validated by HAPI FHIR's validator against R4 and VAPath's published
 * profile (docs/fhir): the bundle of every vignette, the profile's own resources, and resources
 * broken on purpose, which must fail, so that a pass means the profile was checked.
 */
class WrittenFhirIsValidTest {
  // Loading R4 and warming the validator takes seconds: once for the class.
  private static final ProfileValidator VALIDATOR = new ProfileValidator();
  private static final CaseReader READER = new CaseReader(KnowledgePackJson.embedded(), LocalDate::now);
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * The validator of this version (org.hl7.fhir.validation 6.7.9) checks an extension's element
   * context against every FHIR version it names, compares "4.0" with its own "4.0.1", finds them
   * different and tries to load the core package "hl7.fhir.r4.core" with no version from the
   * network, which fails. It says nothing about the StructureDefinition; the snapshot check it
   * skips is made by {@link #theProfilesStructureDefinitionsGiveSnapshotsWithTheirValueTypes()}.
   */
  private static final String CONTEXT_CHECK_DEFECT =
      "Error generating Snapshot: Unable to resolve package id hl7.fhir.r4.core#null (this usually arises from a"
      + " problem in the differential)";

  static List<Vignettes.Vignette> vignettes() {
    return VignettesThroughFhirTest.vignettes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void theBundleWrittenForTheVignetteIsValidR4AndFollowsTheProfile(Vignettes.Vignette vignette) {
    List<SingleValidationMessage> messages = VALIDATOR.validate(written(vignette));

    assertThat(errors(messages)).isEmpty();
    assertThat(unexplained(messages)).isEmpty();
  }

  @Test
  void theVignettesUseEveryExtensionOfTheProfile() {
    Set<String> used = new TreeSet<>();
    for (Vignettes.Vignette vignette : vignettes()) {
      CaseToFhir.of(READER.read(vignette.caseJson())).getEntry().forEach(entry -> entry.getResource()
          .getChildByName("extension").getValues().forEach(e -> used.add(((Extension) e).getUrl())));
    }
    Set<String> published = ProfileValidator.profileResources().stream()
        .filter(StructureDefinition.class::isInstance).map(r -> ((StructureDefinition) r).getUrl())
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(used).isEqualTo(published);
  }

  @Test
  void theProfilesOwnResourcesAreValid() {
    for (IBaseResource resource : ProfileValidator.profileResources()) {
      List<SingleValidationMessage> messages = VALIDATOR.validate(resource).stream()
          .filter(m -> !(resource instanceof StructureDefinition && m.getMessage().equals(CONTEXT_CHECK_DEFECT)))
          .toList();

      assertThat(errors(messages)).as(resource.getIdElement().getIdPart()).isEmpty();
      assertThat(unexplained(messages)).as(resource.getIdElement().getIdPart()).isEmpty();
    }
  }

  @Test
  void theProfilesStructureDefinitionsGiveSnapshotsWithTheirValueTypes() {
    for (IBaseResource resource : ProfileValidator.profileResources()) {
      if (resource instanceof StructureDefinition definition) {
        List<ElementDefinition> snapshot = VALIDATOR.snapshotOf(definition).getSnapshot().getElement();
        List<ElementDefinition> declared = definition.getDifferential().getElement();
        ElementDefinition value = value(snapshot, "Extension.value[x]");
        if ("0".equals(value(declared, "Extension.value[x]").getMax())) {
          // A complex extension (sins): no value of its own, a typed value in each part.
          assertThat(value.getMax()).as(definition.getUrl()).isEqualTo("0");
          List<ElementDefinition> parts = declared.stream()
              .filter(e -> e.getId().startsWith("Extension.extension:") && e.getId().endsWith(".value[x]")).toList();
          assertThat(parts).as(definition.getUrl()).isNotEmpty();
          parts.forEach(part -> assertTyped(definition, part, value(snapshot, part.getId())));
        } else {
          assertTyped(definition, value(declared, "Extension.value[x]"), value);
        }
      }
    }
  }

  private static void assertTyped(StructureDefinition definition, ElementDefinition declared,
      ElementDefinition value) {
    assertThat(value.getType()).as(declared.getId() + " of " + definition.getUrl()).hasSize(1);
    assertThat(value.getTypeFirstRep().getCode()).as(declared.getId() + " of " + definition.getUrl())
        .isEqualTo(declared.getTypeFirstRep().getCode());
    assertThat(value.getMin()).as(declared.getId() + " of " + definition.getUrl()).isEqualTo(1);
  }

  @Test
  void anExtensionWithTheWrongValueTypeIsAnError() throws IOException {
    ObjectNode bundle = (ObjectNode) JSON.readTree(written(vignette("P01-osteoporotic-classic")));
    ObjectNode etiology = etiologyExtension(bundle);
    etiology.remove("valueCode");
    etiology.put("valueBoolean", true);

    List<String> errors = errors(VALIDATOR.validate(bundle.toString()));

    assertThat(errors).anySatisfy(error -> assertThat(error).contains("Condition").contains("extension")
        .contains("boolean"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      etiology outside its value set   | {"url": "https://vapath.org/fhir/StructureDefinition/fracture-etiology", "valueCode": "osteopenia"}            | osteopenia
      height loss above 100%           | {"url": "https://vapath.org/fhir/StructureDefinition/height-loss-percent", "valueDecimal": 130}                 | maximum value
      last dose on a Condition         | {"url": "https://vapath.org/fhir/StructureDefinition/last-dose", "valueDate": "2026-11-01"}                    | last-dose
      an extension VAPath never defined | {"url": "https://vapath.org/fhir/StructureDefinition/fracture-stability", "valueBoolean": true}                | fracture-stability
      Bilsky grade outside its value set | {"url": "https://vapath.org/fhir/StructureDefinition/bilsky-grade", "valueCode": "4"}                        | bilsky-grade
      SINS total above 18              | {"url": "https://vapath.org/fhir/StructureDefinition/sins", "extension": [{"url": "total", "valueInteger": 19}]} | maximum value
      SINS with a part it does not have | {"url": "https://vapath.org/fhir/StructureDefinition/sins", "extension": [{"url": "stability", "valueInteger": 2}]} | stability
      SINS as a value of its own       | {"url": "https://vapath.org/fhir/StructureDefinition/sins", "valueInteger": 13}                                | sins
      """)
  void aBrokenFractureExtensionIsAnError(String broken, String extension, String named) throws IOException {
    String condition = """
        {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M80.08XA"}]},
         "extension": [%s]}""".formatted(extension);

    assertThat(errors(VALIDATOR.validate(condition))).as(broken).anySatisfy(error -> assertThat(error).contains(named));
  }

  @Test
  void aCaseFactCodeTheCodeSystemDoesNotHaveIsAnError() {
    String observation = """
        {"resourceType": "Observation", "id": "o1", "status": "final", "subject": {"reference": "Patient/p1"},
         "code": {"coding": [{"system": "https://vapath.org/fhir/CodeSystem/case-facts", "code": "pain-level"}]},
         "valueBoolean": true}""";

    assertThat(errors(VALIDATOR.validate(observation))).anySatisfy(error -> assertThat(error).contains("pain-level"));
  }

  /** The element of that id ({@code Extension.value[x]}, {@code Extension.extension:total.value[x]}). */
  private static ElementDefinition value(List<ElementDefinition> elements, String id) {
    return elements.stream().filter(e -> e.getId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no element " + id));
  }

  private static String written(Vignettes.Vignette vignette) {
    return FhirJson.context().newJsonParser().encodeResourceToString(CaseToFhir.of(READER.read(vignette.caseJson())));
  }

  private static Vignettes.Vignette vignette(String name) {
    return vignettes().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  private static ObjectNode etiologyExtension(JsonNode bundle) {
    for (JsonNode entry : bundle.get("entry")) {
      for (JsonNode extension : entry.path("resource").path("extension")) {
        if (extension.get("url").asText().equals(VapathFhir.ETIOLOGY)) {
          return (ObjectNode) extension;
        }
      }
    }
    throw new IllegalStateException("the bundle has no fracture-etiology extension");
  }
}
