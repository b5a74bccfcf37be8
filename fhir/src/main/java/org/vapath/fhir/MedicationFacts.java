package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.Medication;
import org.vapath.core.model.MedicationRoute;

/**
 * Current medications (active or on-hold requests, active statements) by name: the generic name of a
 * known RxNorm code, else the text the prescriber wrote, for the engine to recognise; and allergies
 * by the substance's words. With no resource of a kind, the list is unknown ({@code null}); with
 * resources none of which is current, it is empty. A current medication whose drug cannot be read
 * (a reference to a Medication not in the record, no code and no text) is kept, named by its
 * request, so that a hidden anticoagulant is asked about rather than dropped; an unreadable last
 * dose or dose intensity leaves that fact unknown and is named.
 */
final class MedicationFacts {
  private static final Map<String, DoseIntensity> INTENSITIES = Vocabulary.lowerCase(DoseIntensity.class);
  private static final Map<String, MedicationRoute> ROUTES = Vocabulary.lowerCase(MedicationRoute.class);
  private static final Set<String> CURRENT_REQUEST = Set.of("active", "on-hold");

  private MedicationFacts() {
  }

  static List<Medication> medications(List<JsonNode> requests, List<JsonNode> statements, List<JsonNode> medications,
      Codes codes, ReadIssues issues) {
    if (requests.isEmpty() && statements.isEmpty()) {
      return null;
    }
    List<Medication> current = new ArrayList<>();
    for (JsonNode request : requests) {
      String status = FhirNodes.text(request, "status");
      if (status == null || CURRENT_REQUEST.contains(status)) {
        current.add(medication(request, medications, codes, issues));
      }
    }
    for (JsonNode statement : statements) {
      String status = FhirNodes.text(statement, "status");
      if (status == null || status.equals("active")) {
        current.add(medication(statement, medications, codes, issues));
      }
    }
    return current;
  }

  static List<String> allergies(List<JsonNode> allergies) {
    if (allergies.isEmpty()) {
      return null;
    }
    List<String> substances = new ArrayList<>();
    for (JsonNode allergy : allergies) {
      String verification = FhirNodes.firstCode(allergy.get("verificationStatus"));
      String clinical = FhirNodes.firstCode(allergy.get("clinicalStatus"));
      boolean counts = !"refuted".equals(verification) && !"entered-in-error".equals(verification)
          && !"inactive".equals(clinical) && !"resolved".equals(clinical);
      String text = FhirNodes.words(allergy.get("code"));
      if (counts && text != null && !text.isBlank()) {
        substances.add(text);
      }
    }
    return substances;
  }

  private static Medication medication(JsonNode resource, List<JsonNode> medications, Codes codes,
      ReadIssues issues) {
    String where = FhirNodes.where(resource);
    JsonNode concept = concept(resource, medications);
    Concept known = codes.find(concept, "medication");
    String text = FhirNodes.words(concept);
    // The generic name of a known code comes first, so that a brand or free text the engine does
    // not recognise cannot hide an anticoagulant.
    String name = known == null ? text : text == null ? known.value() : known.value() + " (" + text + ")";
    if (name == null || name.isBlank()) {
      JsonNode reference = resource.get("medicationReference");
      String target = reference == null ? null : FhirNodes.text(reference, "reference");
      return Medication.unresolved(where + (target == null ? ": names no drug (no code, no text)"
          : ": its medication " + target + " is not in the record"));
    }
    LocalDate lastDose = null;
    DoseIntensity intensity = null;
    try {
      JsonNode dose = FhirNodes.extension(resource, VapathFhir.LAST_DOSE);
      lastDose = dose == null ? null
          : FhirNodes.date(FhirNodes.text(dose, "valueDate"), resource, "extension(" + VapathFhir.LAST_DOSE + ")");
    } catch (InputError e) {
      issues.add(resource, e);
    }
    try {
      JsonNode extension = FhirNodes.extension(resource, VapathFhir.DOSE_INTENSITY);
      intensity = extension == null ? null : intensity(resource, extension);
    } catch (InputError e) {
      issues.add(resource, e);
    }
    MedicationRoute route = null;
    try {
      JsonNode extension = FhirNodes.extension(resource, VapathFhir.ROUTE);
      route = extension == null ? null : route(resource, extension);
    } catch (InputError e) {
      issues.add(resource, e);
    }
    return new Medication(name, lastDose, intensity, where, route);
  }

  private static MedicationRoute route(JsonNode resource, JsonNode extension) {
    String code = FhirNodes.text(extension, "valueCode");
    MedicationRoute route = code == null ? null : ROUTES.get(code);
    if (route == null) {
      throw new InputError(FhirNodes.where(resource) + ".extension(" + VapathFhir.ROUTE + ")",
          code == null ? null : "\"" + code + "\"", "must be a valueCode: oral, sc or iv");
    }
    return route;
  }

  private static DoseIntensity intensity(JsonNode resource, JsonNode extension) {
    String code = FhirNodes.text(extension, "valueCode");
    DoseIntensity intensity = code == null ? null : INTENSITIES.get(code);
    if (intensity == null) {
      throw new InputError(FhirNodes.where(resource) + ".extension(" + VapathFhir.DOSE_INTENSITY + ")",
          code == null ? null : "\"" + code + "\"", "must be a valueCode: therapeutic or prophylactic");
    }
    return intensity;
  }

  /** The medication's code, written inline or in the referenced (contained or bundled) Medication. */
  private static JsonNode concept(JsonNode resource, List<JsonNode> medications) {
    JsonNode inline = resource.get("medicationCodeableConcept");
    if (inline != null && inline.isObject()) {
      return inline;
    }
    JsonNode reference = resource.get("medicationReference");
    if (reference == null || !reference.isObject()) {
      return null;
    }
    String target = FhirNodes.text(reference, "reference");
    String id = References.idOf(target);
    if (target != null && target.startsWith("#")) {
      for (JsonNode contained : resource.path("contained")) {
        if (id.equals(FhirNodes.id(contained))) {
          return contained.get("code");
        }
      }
    }
    for (JsonNode medication : medications) {
      if (id != null && id.equals(FhirNodes.id(medication))) {
        return medication.get("code");
      }
    }
    String display = FhirNodes.text(reference, "display");
    return display == null ? null : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
        .put("text", display);
  }
}
