package org.vapath.server.cds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vapath.core.InputError;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.Terminology;

/**
 * Finds the vertebral augmentation orders among draft orders: a ServiceRequest with a CPT code of
 * the knowledge pack (22510-22515), or whose text has one of the pack's order words; at
 * order-select, among the selected orders only. The orders are read as JSON, once, like the
 * prefetch; the elements read here (id, code.text, code.coding) are checked, and a malformed one is
 * refused with its path rather than passed over.
 */
final class DraftOrders {
  private static final String PATH = "context.draftOrders";

  private DraftOrders() {
  }

  /** The orders of {@code context.draftOrders}, which CDS Hooks makes a Bundle. */
  static List<JsonNode> read(JsonNode draftOrders) {
    if (!draftOrders.isObject() || !"Bundle".equals(draftOrders.path("resourceType").asText(null))) {
      throw new InputError(PATH, null, "must be a FHIR Bundle of the draft orders");
    }
    List<JsonNode> orders = FhirResources.of(draftOrders, PATH);
    if (orders == null) {
      throw new InputError(PATH, null, "holds an OperationOutcome with an error, not the draft orders");
    }
    for (int i = 0; i < orders.size(); i++) {
      check(orders.get(i), PATH + ".entry[" + i + "].resource");
    }
    return orders;
  }

  /** The ids of the vertebral augmentation orders, empty when there is none. */
  static List<String> vertebralAugmentation(List<JsonNode> draftOrders, Terminology terminology) {
    return vertebralAugmentation(draftOrders, null, terminology);
  }

  /**
   * The ids of the vertebral augmentation orders among those {@code selections} names
   * ({@code ServiceRequest/123}, as order-select's context has them); all of them when
   * {@code selections} is null.
   */
  static List<String> vertebralAugmentation(List<JsonNode> draftOrders, List<String> selections,
      Terminology terminology) {
    List<String> ids = new ArrayList<>();
    for (JsonNode order : draftOrders) {
      if (order.path("resourceType").asText().equals("ServiceRequest") && isAugmentation(order, terminology)) {
        String id = order.path("id").asText(null);
        if (selections == null || (id != null && selections.contains("ServiceRequest/" + id))) {
          ids.add(id == null ? "?" : id);
        }
      }
    }
    return ids;
  }

  private static boolean isAugmentation(JsonNode order, Terminology terminology) {
    JsonNode code = order.path("code");
    StringBuilder words = new StringBuilder(code.path("text").asText(""));
    for (JsonNode coding : code.path("coding")) {
      Concept concept = terminology.find(coding.path("system").asText(null), coding.path("code").asText(null));
      if (concept != null && concept.means().equals("vertebral-augmentation")) {
        return true;
      }
      words.append(' ').append(coding.path("display").asText(""));
    }
    String lower = words.toString().toLowerCase(Locale.ROOT);
    return terminology.orderWords().stream().anyMatch(lower::contains);
  }

  /** The elements this class reads must have their FHIR types: strings, an object, an array of objects. */
  private static void check(JsonNode order, String path) {
    string(order, "id", path);
    JsonNode code = order.get("code");
    if (code == null) {
      return;
    }
    if (!code.isObject()) {
      throw new InputError(path + ".code", null, "must be a CodeableConcept (a JSON object)");
    }
    string(code, "text", path + ".code");
    JsonNode codings = code.get("coding");
    if (codings != null && !codings.isArray()) {
      throw new InputError(path + ".code.coding", null, "must be an array of Codings");
    }
    for (int i = 0; codings != null && i < codings.size(); i++) {
      String at = path + ".code.coding[" + i + "]";
      if (!codings.get(i).isObject()) {
        throw new InputError(at, null, "must be a Coding (a JSON object)");
      }
      for (String field : new String[] {"system", "code", "display"}) {
        string(codings.get(i), field, at);
      }
    }
  }

  private static void string(JsonNode parent, String field, String path) {
    JsonNode value = parent.get(field);
    if (value != null && !value.isTextual()) {
      throw new InputError(path + "." + field, null, "must be a string");
    }
  }
}
