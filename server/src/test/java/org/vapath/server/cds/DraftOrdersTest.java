package org.vapath.server.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;

class DraftOrdersTest {
  private static Bundle orders(Coding coding, String text) {
    ServiceRequest order = new ServiceRequest().setCode(new CodeableConcept(coding).setText(text));
    order.setId("order-1");
    return new Bundle().addEntry(new Bundle.BundleEntryComponent().setResource(order));
  }

  @Test
  void anOrderIsRecognisedByCptByTheInstitutionsSnomedCodeOrByItsWords() throws Exception {
    KnowledgePack embedded = KnowledgePackJson.embedded();
    KnowledgePack institution = KnowledgePackJson.applyOverrides(embedded,
        Path.of(getClass().getResource("/institution-snomed.json").toURI()));
    Bundle cpt = orders(new Coding("http://www.ama-assn.org/go/cpt", "22514", null), null);
    Bundle snomed = orders(new Coding("http://snomed.info/sct", "999000002", null), null);
    Bundle words = orders(new Coding("http://example.org/local", "X1", null), "Kyphoplasty L2");
    Bundle other = orders(new Coding("http://www.ama-assn.org/go/cpt", "72148", null), "MRI lumbar spine");

    assertThat(DraftOrders.vertebralAugmentation(cpt, embedded.terminology())).containsExactly("order-1");
    assertThat(DraftOrders.vertebralAugmentation(snomed, embedded.terminology())).isEmpty();
    assertThat(DraftOrders.vertebralAugmentation(snomed, institution.terminology())).containsExactly("order-1");
    assertThat(DraftOrders.vertebralAugmentation(words, embedded.terminology())).containsExactly("order-1");
    assertThat(DraftOrders.vertebralAugmentation(other, embedded.terminology())).isEmpty();
  }

  @Test
  void atOrderSelectOnlyTheSelectedOrdersCount() {
    Bundle orders = orders(new Coding("http://www.ama-assn.org/go/cpt", "22514", null), null);
    var terminology = KnowledgePackJson.embedded().terminology();

    assertThat(DraftOrders.vertebralAugmentation(orders, List.of("ServiceRequest/order-1"), terminology))
        .containsExactly("order-1");
    assertThat(DraftOrders.vertebralAugmentation(orders, List.of("MedicationRequest/order-1", "ServiceRequest/2"),
        terminology)).isEmpty();
    assertThat(DraftOrders.vertebralAugmentation(orders, List.of(), terminology)).isEmpty();
  }
}
