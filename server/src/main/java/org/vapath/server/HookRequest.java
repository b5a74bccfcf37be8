package org.vapath.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.InputError;
import org.vapath.fhir.FhirJson;

/**
 * A CDS Hooks request: the hook, its instance, the context (patient, draft orders) and the
 * prefetched FHIR resources, each parsed with HAPI FHIR. Anything malformed is an {@link InputError}
 * naming the element.
 */
record HookRequest(String hook, String hookInstance, String patientId, Bundle draftOrders,
    List<Resource> prefetched, boolean hasPrefetch, String fhirServer, String accessToken) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static HookRequest parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new InputError("(request)", null, "is not valid JSON");
    }
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
    Bundle draftOrders = context.has("draftOrders") ? bundle(context.get("draftOrders"), "context.draftOrders") : null;
    List<Resource> prefetched = new ArrayList<>();
    JsonNode prefetch = root.get("prefetch");
    if (prefetch != null && prefetch.isObject()) {
      prefetch.properties().forEach(entry -> addResources(entry.getValue(), "prefetch." + entry.getKey(),
          prefetched));
    }
    JsonNode authorization = root.get("fhirAuthorization");
    String token = authorization == null ? null : text(authorization, "access_token", false);
    return new HookRequest(hook, instance, patientId, draftOrders, prefetched, prefetch != null,
        text(root, "fhirServer", false), token);
  }

  private static void addResources(JsonNode value, String path, List<Resource> out) {
    if (value == null || value.isNull()) {
      return; // the EHR could not prefetch this one
    }
    IBaseResource resource = resource(value, path);
    if (resource instanceof Bundle bundle) {
      bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
          .forEach(entry -> out.add(entry.getResource()));
    } else {
      out.add((Resource) resource);
    }
  }

  private static Bundle bundle(JsonNode value, String path) {
    if (resource(value, path) instanceof Bundle bundle) {
      return bundle;
    }
    throw new InputError(path, null, "must be a FHIR Bundle");
  }

  private static IBaseResource resource(JsonNode value, String path) {
    if (!value.isObject()) {
      throw new InputError(path, null, "must be a FHIR resource");
    }
    try {
      return FhirJson.context().newJsonParser().parseResource(value.toString());
    } catch (RuntimeException e) {
      throw new InputError(path, null, "is not a FHIR R4 resource: " + firstLine(e.getMessage()));
    }
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

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
