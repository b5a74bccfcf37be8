package org.vapath.server.cds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.server.StrictJson;

/**
 * A CDS Hooks request: the hook, its instance, the context (patient, draft orders, the orders
 * selected) and the prefetched FHIR resources by key, as JSON, for the FHIR mapping to read as it
 * reads every door's resources (strict on what it reads, tolerant of the rest). The draft orders
 * are parsed with HAPI FHIR. Anything malformed is an {@link InputError} naming the element.
 *
 * <p>{@code prefetched} holds the keys the EHR answered: a resource or a Bundle's resources, and
 * {@code null} as no data (an empty list), as CDS Hooks 2.0 says the EHR must write it. A key that
 * is absent, or that holds an OperationOutcome (the EHR's failure to prefetch it), is not there:
 * VAPath has to fetch it. Keys VAPath did not ask for are not read.
 */
record HookRequest(String hook, String hookInstance, String patientId, List<JsonNode> draftOrders,
    List<String> selections, Map<String, List<JsonNode>> prefetched, String fhirServer, String accessToken) {

  /** Reads a request; of its prefetch, only the keys VAPath's discovery asked for ({@code keys}) are read. */
  static HookRequest parse(String body, Set<String> keys) {
    JsonNode root = StrictJson.read(body, "(request)");
    if (root == null || !root.isObject()) {
      throw new InputError("(request)", null, "must be a JSON object");
    }
    String hook = text(root, "hook", true);
    String instance = text(root, "hookInstance", true);
    JsonNode context = root.get("context");
    if (context == null || !context.isObject()) {
      throw new InputError("context", null, "is required: an object with patientId");
    }
    String patientId = text(context, "patientId", true);
    List<JsonNode> draftOrders = context.has("draftOrders") ? DraftOrders.read(context.get("draftOrders")) : null;
    JsonNode authorization = root.get("fhirAuthorization");
    String token = authorization == null ? null : text(authorization, "access_token", false);
    return new HookRequest(hook, instance, patientId, draftOrders, selections(context),
        prefetch(root.get("prefetch"), keys), text(root, "fhirServer", false), token);
  }

  private static List<String> selections(JsonNode context) {
    JsonNode value = context.get("selections");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw new InputError("context.selections", null, "must be an array of references such as"
          + " \"ServiceRequest/123\"");
    }
    List<String> references = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual() || value.get(i).textValue().isBlank()) {
        throw new InputError("context.selections[" + i + "]", null, "must be a reference such as"
            + " \"ServiceRequest/123\"");
      }
      references.add(value.get(i).textValue());
    }
    return List.copyOf(references);
  }

  private static Map<String, List<JsonNode>> prefetch(JsonNode prefetch, Set<String> keys) {
    Map<String, List<JsonNode>> answered = new LinkedHashMap<>();
    if (prefetch == null || prefetch.isNull()) {
      return answered;
    }
    if (!prefetch.isObject()) {
      throw new InputError("prefetch", null, "must be an object of prefetch keys");
    }
    prefetch.properties().forEach(entry -> {
      if (!keys.contains(entry.getKey())) {
        return; // not a template of VAPath's: nothing VAPath asked for
      }
      List<JsonNode> resources = resources(entry.getValue(), "prefetch." + entry.getKey());
      if (resources != null) {
        answered.put(entry.getKey(), resources);
      }
    });
    return answered;
  }

  /** The resources of one key, or {@code null} when the EHR reported a failure to prefetch it. */
  private static List<JsonNode> resources(JsonNode value, String path) {
    if (value.isNull()) {
      return List.of(); // the EHR has no data for this template
    }
    return FhirResources.of(value, path);
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new InputError(field, null, "is required");
      }
      return null;
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      throw new InputError(field, null, "must be a non-empty string");
    }
    return value.textValue();
  }
}
