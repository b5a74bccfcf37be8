package org.vapath.server.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.fhir.FhirJson;

class DraftOrdersTest {
  /** The orders as the EHR sends them: a FHIR Bundle in JSON, written by HAPI FHIR. */
  private static List<JsonNode> orders(Coding coding, String text) {
    ServiceRequest order = new ServiceRequest().setCode(new CodeableConcept(coding).setText(text));
    order.setId("order-1");
    return DraftOrders.read(json(new Bundle().addEntry(new Bundle.BundleEntryComponent().setResource(order))));
  }

  private static JsonNode json(Bundle bundle) {
    try {
      return new ObjectMapper().readTree(FhirJson.context().newJsonParser().encodeResourceToString(bundle));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anOrderIsRecognisedByCptByTheInstitutionsSnomedCodeOrByItsWords() throws Exception {
    KnowledgePack embedded = KnowledgePackJson.embedded();
    KnowledgePack institution = KnowledgePackJson.applyOverrides(embedded,
        Path.of(getClass().getResource("/institution-snomed.json").toURI()));
    List<JsonNode> cpt = orders(new Coding("http://www.ama-assn.org/go/cpt", "22514", null), null);
    List<JsonNode> snomed = orders(new Coding("http://snomed.info/sct", "999000002", null), null);
    List<JsonNode> words = orders(new Coding("http://example.org/local", "X1", null), "Kyphoplasty L2");
    List<JsonNode> other = orders(new Coding("http://www.ama-assn.org/go/cpt", "72148", null), "MRI lumbar spine");

    assertThat(DraftOrders.vertebralAugmentation(cpt, embedded.terminology())).containsExactly("order-1");
    assertThat(DraftOrders.vertebralAugmentation(snomed, embedded.terminology())).isEmpty();
    assertThat(DraftOrders.vertebralAugmentation(snomed, institution.terminology())).containsExactly("order-1");
    assertThat(DraftOrders.vertebralAugmentation(words, embedded.terminology())).containsExactly("order-1");
    assertThat(DraftOrders.vertebralAugmentation(other, embedded.terminology())).isEmpty();
  }

  @Test
  void atOrderSelectOnlyTheSelectedOrdersCount() {
    List<JsonNode> orders = orders(new Coding("http://www.ama-assn.org/go/cpt", "22514", null), null);
    var terminology = KnowledgePackJson.embedded().terminology();

    assertThat(DraftOrders.vertebralAugmentation(orders, List.of("ServiceRequest/order-1"), terminology))
        .containsExactly("order-1");
    assertThat(DraftOrders.vertebralAugmentation(orders, List.of("MedicationRequest/order-1", "ServiceRequest/2"),
        terminology)).isEmpty();
    assertThat(DraftOrders.vertebralAugmentation(orders, List.of(), terminology)).isEmpty();
  }

  @Test
  void malformedOrdersAreRefusedWithThePathOfTheElementRead() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String[][] cases = {
        {"{\"resourceType\":\"ServiceRequest\"}", "context.draftOrders"},
        {"[]", "context.draftOrders"},
        {"{\"resourceType\":\"Bundle\",\"entry\":{}}", "context.draftOrders.entry"},
        {"{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"ServiceRequest\","
            + "\"code\":\"22514\"}}]}", "context.draftOrders.entry[0].resource.code"},
        {"{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"ServiceRequest\","
            + "\"code\":{\"coding\":[{\"code\":22514}]}}}]}",
            "context.draftOrders.entry[0].resource.code.coding[0].code"},
        {"{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"ServiceRequest\","
            + "\"id\":7}}]}", "context.draftOrders.entry[0].resource.id"}};
    for (String[] c : cases) {
      assertThatThrownBy(() -> DraftOrders.read(json.readTree(c[0]))).as(c[0]).isInstanceOf(InputError.class)
          .hasMessageContaining(c[1]);
    }
  }
}
