package org.vapath.server.cds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.fhir.FhirJson;

/**
 * The resources of a FHIR answer (a prefetch key, a FHIR server's reply) as JSON: a Bundle's
 * resources, or the one resource. An OperationOutcome, alone or as a search's error entry, says the
 * data are not all there. Read once, as JSON, for the FHIR mapping.
 */
final class FhirResources {
  private static final Set<String> R4_TYPES = FhirJson.context().getResourceTypes();
  private FhirResources() {
  }

  /** The resources, or {@code null} when the answer is a failure (an OperationOutcome with an error). */
  static List<JsonNode> of(JsonNode value, String path) {
    if (!value.isObject() || !value.path("resourceType").isTextual()) {
      throw new InputError(path, null, "must be a FHIR resource: a JSON object with a resourceType");
    }
    String type = value.get("resourceType").asText();
    if (!R4_TYPES.contains(type)) {
      throw new InputError(path + ".resourceType", '"' + type + '"', "is not a FHIR R4 resource type");
    }
    if (type.equals("OperationOutcome")) {
      return null;
    }
    List<JsonNode> out = new ArrayList<>();
    if (!type.equals("Bundle")) {
      out.add(value);
      return out;
    }
    JsonNode entries = value.path("entry");
    if (!entries.isMissingNode() && !entries.isNull() && !entries.isArray()) {
      throw new InputError(path + ".entry", null, "must be an array of entries");
    }
    for (int i = 0; i < entries.size(); i++) {
      JsonNode resource = entries.get(i).get("resource");
      if (resource == null) {
        continue;
      }
      if (!resource.isObject() || !resource.path("resourceType").isTextual()) {
        throw new InputError(path + ".entry[" + i + "].resource", null, "must be a FHIR resource");
      }
      if (resource.get("resourceType").asText().equals("OperationOutcome")) {
        if (failed(resource)) {
          return null;
        }
      } else {
        out.add(resource);
      }
    }
    return out;
  }

  /** A search's outcome entry may only warn; an error or fatal issue (or none said) means data are missing. */
  private static boolean failed(JsonNode outcome) {
    for (JsonNode issue : outcome.path("issue")) {
      String severity = issue.path("severity").asText("");
      if (severity.isEmpty() || severity.equals("error") || severity.equals("fatal")) {
        return true;
      }
    }
    return false;
  }
}
