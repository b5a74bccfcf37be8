package org.vapath.server.cds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.Terminology;

/**
 * Finds the vertebral augmentation orders among draft orders: a ServiceRequest with a CPT code of
 * the knowledge pack (22510-22515), or whose text has one of the pack's order words; at
 * order-select, among the selected orders only.
 */
final class DraftOrders {
  private DraftOrders() {
  }

  /** The ids of the vertebral augmentation orders, empty when there is none. */
  static List<String> vertebralAugmentation(Bundle draftOrders, Terminology terminology) {
    return vertebralAugmentation(draftOrders, null, terminology);
  }

  /**
   * The ids of the vertebral augmentation orders among those {@code selections} names
   * ({@code ServiceRequest/123}, as order-select's context has them); all of them when
   * {@code selections} is null.
   */
  static List<String> vertebralAugmentation(Bundle draftOrders, List<String> selections, Terminology terminology) {
    List<String> ids = new ArrayList<>();
    if (draftOrders == null) {
      return ids;
    }
    for (Bundle.BundleEntryComponent entry : draftOrders.getEntry()) {
      if (entry.getResource() instanceof ServiceRequest order && isAugmentation(order, terminology)) {
        String id = order.getIdElement().getIdPart();
        if (selections == null || (id != null && selections.contains("ServiceRequest/" + id))) {
          ids.add(id == null ? "?" : id);
        }
      }
    }
    return ids;
  }

  private static boolean isAugmentation(ServiceRequest order, Terminology terminology) {
    for (Coding coding : order.getCode().getCoding()) {
      Concept concept = terminology.find(coding.getSystem(), coding.getCode());
      if (concept != null && concept.means().equals("vertebral-augmentation")) {
        return true;
      }
    }
    String words = (order.getCode().getText() + " " + order.getCode().getCoding().stream()
        .map(Coding::getDisplay).toList()).toLowerCase(Locale.ROOT);
    return terminology.orderWords().stream().anyMatch(words::contains);
  }
}
