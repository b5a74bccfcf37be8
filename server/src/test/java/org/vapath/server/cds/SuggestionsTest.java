package org.vapath.server.cds;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.server.R4Check;

/** The card's suggestions: each identified, each a valid R4 order for the patient in context, imaging coded. */
class SuggestionsTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";

  static List<Vignettes.Vignette> vignettes() {
    return Vignettes.all();
  }

  private static ObjectNode card(String caseJson, String hookInstance) {
    var kase = new CaseReader(PACK, () -> LocalDate.of(2026, 11, 23)).read(caseJson);
    return Cards.card(Engine.withEmbeddedKnowledge().assess(kase), PACK,
        new Cards.Call(hookInstance, "patient-in-context", false), "https://vapath.test", null);
  }

  private static ObjectNode card(String vignette) {
    return card(Vignettes.read("/vignettes/" + vignette + ".case.json"), "hook-1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void everySuggestionHasItsOwnUuidAndCreatesAValidR4ServiceRequestForThePatientInContext(
      Vignettes.Vignette vignette) {
    ObjectNode card = card(vignette.caseJson(), "hook-" + vignette.name());

    assertThat(UUID.fromString(card.get("uuid").asText())).isNotNull();
    Set<String> uuids = new HashSet<>();
    for (JsonNode suggestion : card.path("suggestions")) {
      assertThat(uuids.add(UUID.fromString(suggestion.get("uuid").asText()).toString())).isTrue();
      assertThat(suggestion.get("label").asText()).isNotBlank();
      for (JsonNode action : suggestion.get("actions")) {
        assertThat(action.get("type").asText()).isEqualTo("create");
        assertThat(action.get("description").asText()).isNotBlank();
        assertThat(R4Check.problems(action.get("resource").toString())).as(action.toString()).isEmpty();
        assertThat(action.at("/resource/resourceType").asText()).isEqualTo("ServiceRequest");
        assertThat(action.at("/resource/subject/reference").asText()).isEqualTo("Patient/patient-in-context");
      }
    }
  }

  @Test
  void theSameCallGivesTheSameUuidsAndAnotherCallOthers() {
    String caseJson = Vignettes.read("/vignettes/P14-no-labs.case.json");

    assertThat(card(caseJson, "call-1")).isEqualTo(card(caseJson, "call-1"));
    assertThat(card(caseJson, "call-2").at("/suggestions/0/uuid"))
        .isNotEqualTo(card(caseJson, "call-1").at("/suggestions/0/uuid"));
  }

  @Test
  void theCheckOfR4ValidityFindsWhatIsMissingOrUnknown() {
    assertThat(R4Check.problems("{\"resourceType\":\"ServiceRequest\",\"status\":\"draft\",\"intent\":\"proposal\"}"))
        .containsExactly("ServiceRequest.subject is required");
    assertThat(R4Check.problems("{\"resourceType\":\"ServiceRequest\",\"status\":\"sketch\",\"intent\":\"proposal\","
        + "\"subject\":{\"reference\":\"Patient/1\"}}")).isNotEmpty();
    assertThat(R4Check.problems("{\"resourceType\":\"ServiceRequest\",\"status\":\"draft\",\"intent\":\"proposal\","
        + "\"subject\":{\"reference\":\"Patient/1\"},\"colour\":\"red\"}")).isNotEmpty();
  }

  @Test
  void imagingOrdersCarryTheDicomModalityCodeAndNameTheSpineAndLevel() {
    JsonNode noImaging = card("P13-no-imaging").get("suggestions");
    JsonNode myelopathy = card("P23-myelopathy-no-cross-sectional").get("suggestions");

    List<String> modalities = new java.util.ArrayList<>();
    for (JsonNode suggestion : noImaging) {
      JsonNode code = suggestion.at("/actions/0/resource/code");
      if (code.at("/coding/0/system").asText().equals(DICOM)) {
        modalities.add(code.at("/coding/0/code").asText());
        assertThat(code.get("text").asText()).contains("of the spine at ");
      }
    }
    assertThat(modalities).containsExactly("CR", "MR", "CT");
    assertThat(myelopathy).anySatisfy(s -> {
      assertThat(s.at("/actions/0/resource/code/coding/0/system").asText()).isEqualTo(DICOM);
      assertThat(s.at("/actions/0/resource/code/coding/0/code").asText()).isEqualTo("MR");
      assertThat(s.at("/actions/0/resource/code/coding/0/display").asText()).isEqualTo("Magnetic Resonance");
      assertThat(s.at("/actions/0/resource/code/text").asText()).startsWith("MRI of the spine at ");
    });
  }
}
