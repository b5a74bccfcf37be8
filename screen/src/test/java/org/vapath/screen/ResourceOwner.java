package org.vapath.screen;

import com.fasterxml.jackson.databind.JsonNode;
import org.vapath.fhir.References;

/** The patient a whole parsed resource belongs to, read from its tree: the oracle for {@link KeptLine}'s routing. */
final class ResourceOwner {
  private ResourceOwner() {
  }

  /** Its id for a Patient, else its subject's or patient's reference. */
  static String patientOf(JsonNode resource) {
    if ("Patient".equals(resource.path("resourceType").asText())) {
      return resource.path("id").asText(null);
    }
    JsonNode reference = resource.path("subject").get("reference");
    if (reference == null) {
      reference = resource.path("patient").get("reference");
    }
    return reference == null ? null : References.idOf(reference.asText());
  }
}
