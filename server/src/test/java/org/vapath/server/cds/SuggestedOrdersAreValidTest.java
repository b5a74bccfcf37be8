package org.vapath.server.cds;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vapath.fhir.ProfileValidator.errors;
import static org.vapath.fhir.ProfileValidator.unexplained;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vapath.core.Engine;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.fhir.ProfileValidator;

/**
 * The ServiceRequests that cards suggest for a missing work-up (labs coded in LOINC, imaging by its
 * DICOM modality), validated by HAPI FHIR's validator against R4, as the EHR receives them.
 */
class SuggestedOrdersAreValidTest {
  private static final ProfileValidator VALIDATOR = new ProfileValidator();

  @Test
  void everyOrderTheVignettesCardsSuggestIsAValidServiceRequest() {
    List<JsonNode> orders = suggestedOrders();
    // The vignettes lack each kind of work-up: lab orders coded in LOINC, imaging orders in DICOM modalities.
    assertThat(orders).anySatisfy(o -> assertThat(o.at("/code/coding/0/system").asText()).isEqualTo("http://loinc.org"));
    assertThat(orders).anySatisfy(o -> assertThat(o.at("/code/coding/0/system").asText())
        .isEqualTo("http://dicom.nema.org/resources/ontology/DCM"));
    assertThat(orders).anySatisfy(o -> assertThat(o.at("/code/text").asText()).startsWith("Bone density"));

    for (JsonNode order : orders) {
      var messages = VALIDATOR.validate(order.toString());

      assertThat(errors(messages)).as(order.toString()).isEmpty();
      assertThat(unexplained(messages)).as(order.toString()).isEmpty();
    }
  }

  @Test
  void anOrderWithoutItsRequiredIntentIsAnError() {
    JsonNode order = suggestedOrders().get(0).deepCopy();
    ((ObjectNode) order).remove("intent");

    assertThat(errors(VALIDATOR.validate(order.toString()))).anySatisfy(e -> assertThat(e).contains("intent"));
  }

  private static List<JsonNode> suggestedOrders() {
    CaseReader reader = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23));
    Engine engine = Engine.withEmbeddedKnowledge();
    List<JsonNode> orders = new ArrayList<>();
    for (Vignettes.Vignette vignette : Vignettes.all()) {
      var card = Cards.card(engine.assess(reader.read(vignette.caseJson())), KnowledgePackJson.embedded(),
          new Cards.Call("v-1", vignette.name(), true), "https://vapath.test",
          "https://vapath.test/cds-assessments/TOKEN");
      card.path("suggestions").forEach(s -> s.path("actions").forEach(a -> orders.add(a.get("resource"))));
      // and those of the payer's documentation card (a bone density evaluation, in words only)
      var coverage = CoverageCard.card(engine.assess(reader.read(vignette.caseJson())), KnowledgePackJson.embedded(),
          new Cards.Call("v-1", vignette.name(), true), "https://vapath.test");
      coverage.path("suggestions").forEach(s -> s.path("actions").forEach(a -> orders.add(a.get("resource"))));
    }
    return orders;
  }
}
