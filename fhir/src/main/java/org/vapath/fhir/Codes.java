package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.SpineWords;
import org.vapath.core.knowledge.Terminology;

/** Looks up FHIR codings in the knowledge pack's terminology, whatever name their system arrives under. */
final class Codes {
  private final Terminology terminology;

  Codes(Terminology terminology) {
    this.terminology = terminology;
  }

  Terminology terminology() {
    return terminology;
  }

  SpineWords words() {
    return terminology.spineWords();
  }

  /** The first coding of a CodeableConcept that VAPath knows with the meaning asked for, or {@code null}. */
  Concept find(JsonNode concept, String means) {
    return concept == null ? null : findIn(concept.path("coding"), means);
  }

  /** The first of the codings (a list or a JSON array) that VAPath knows with that meaning, or {@code null}. */
  Concept findIn(Iterable<JsonNode> codings, String means) {
    for (JsonNode coding : codings) {
      Concept known = terminology.find(FhirNodes.text(coding, "system"), FhirNodes.text(coding, "code"), means);
      if (known != null) {
        return known;
      }
    }
    return null;
  }
}
