package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vapath.core.InputError;

/**
 * One patient, always: the resources of a record must all be about the same patient. A resource
 * whose {@code subject} or {@code patient} names another patient is refused, never merged, so that
 * no patient's data reaches another's assessment. A resource about something else (a Group, a
 * Location) is left out and named.
 */
final class PatientScope {
  private static final String PATIENT = "Patient/";

  private String patientId;
  private final Set<String> names = new HashSet<>();
  private final Set<String> otherEntries;

  /**
   * The patient known as {@code patientId}, also by {@code aliases} (a bundle entry's fullUrl);
   * {@code otherEntries} are the fullUrls of the record's other resources.
   */
  PatientScope(String patientId, List<String> aliases, Set<String> otherEntries) {
    this.patientId = patientId;
    if (patientId != null) {
      names.add(patientId);
      names.add(PATIENT + patientId);
    }
    names.addAll(aliases);
    this.otherEntries = Set.copyOf(otherEntries);
  }

  String patientId() {
    return patientId;
  }

  /** The resources about this patient; those about something else are named in {@code issues}. */
  List<JsonNode> about(List<JsonNode> resources, ReadIssues issues) {
    List<JsonNode> kept = new ArrayList<>(resources.size());
    for (JsonNode resource : resources) {
      String reference = reference(resource);
      if (reference == null || "Patient".equals(FhirNodes.type(resource)) || names.contains(reference)) {
        kept.add(resource);
      } else if (isPatient(reference) || !otherEntries.contains(reference) && untyped(reference)) {
        String id = References.idOf(reference);
        if (patientId == null) {
          adopt(id);
        }
        if (!id.equals(patientId)) {
          throw new InputError(FhirNodes.where(resource) + "." + element(resource), '"' + reference + '"',
              "names another patient than Patient/" + patientId + "; a record holds one patient's data only");
        }
        kept.add(resource);
      } else {
        issues.add(FhirNodes.where(resource), element(resource), "is about " + reference + ", not the patient:"
            + " left out");
      }
    }
    return kept;
  }

  /** With no patient named yet, the first patient a resource names is the record's. */
  private void adopt(String id) {
    patientId = id;
    names.add(id);
    names.add(PATIENT + id);
  }

  private static String element(JsonNode resource) {
    return resource.has("subject") ? "subject" : "patient";
  }

  private static boolean isPatient(String reference) {
    return reference.startsWith(PATIENT) || reference.contains("/" + PATIENT);
  }

  /** A reference that does not say what it points at: a uuid, a contained or a bare id. */
  private static boolean untyped(String reference) {
    return reference.startsWith("urn:") || reference.startsWith("#") || !reference.contains("/");
  }

  /** The reference of the resource's patient ({@code subject}, else {@code patient}), or {@code null}. */
  static String reference(JsonNode resource) {
    for (String element : List.of("subject", "patient")) {
      JsonNode target = resource.get(element);
      if (target != null && target.isObject()) {
        JsonNode reference = target.get("reference");
        if (reference != null && reference.isTextual()) {
          return reference.asText();
        }
      }
    }
    return null;
  }
}
