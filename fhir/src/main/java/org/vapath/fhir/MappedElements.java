package org.vapath.fhir;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The top-level elements of each resource type that {@link FhirCaseMapper} reads: what a Bulk Data
 * request's {@code _elements} would name for VAPath, and what a screening parses. A Synthea Patient
 * is about 3 KB of JSON, of which the mapping reads the gender and the birth date; leaving the rest
 * unbuilt makes the parse, the largest cost of a screening, about a third cheaper. A test records
 * every element the mapping touches and fails when one is missing here. The screening's own
 * elements ({@link #READ_BY_SCREENING}: a Patient's {@code deceased[x]}) are on the list too.
 */
public final class MappedElements {
  /** Read for every resource: its kind, its id (named in errors) and the patient it belongs to. */
  private static final Set<String> ALWAYS = Set.of("resourceType", "id", "subject", "patient");
  private static final Set<String> EFFECTIVE = Set.of("effectiveDateTime", "effectiveInstant", "effectivePeriod");
  private static final Set<String> MEDICATION = Set.of("status", "medicationCodeableConcept",
      "medicationReference", "contained", "extension");
  /**
   * Read by the population screening, not by the mapping: a deceased patient is set apart there,
   * unassessed (module screen, class Deceased). They are on the list so that a screening keeps them;
   * the test that holds the list to the mapping checks these apart, as the screening's.
   */
  public static final Map<String, Set<String>> READ_BY_SCREENING = Map.of(
      "Patient", Set.of("deceasedBoolean", "deceasedDateTime"));
  private static final Map<String, Set<String>> BY_TYPE = Map.of(
      "Patient", union(Set.of("birthDate", "gender", "extension"), READ_BY_SCREENING.get("Patient")),
      // onset[x] other than onsetDateTime is read to be named: the pain onset is then unknown, not absent.
      "Condition", Set.of("code", "bodySite", "extension", "clinicalStatus", "verificationStatus", "onsetDateTime",
          "onsetAge", "onsetPeriod", "onsetRange", "onsetString"),
      "Observation", union(EFFECTIVE, Set.of("status", "code", "valueCodeableConcept", "valueBoolean",
          "valueQuantity", "valueString", "valueInteger", "valueDateTime", "valuePeriod", "valueRange",
          "valueRatio", "valueTime", "valueSampledData")),
      "MedicationRequest", MEDICATION,
      "MedicationStatement", MEDICATION,
      "Medication", Set.of("code"),
      "AllergyIntolerance", Set.of("code", "clinicalStatus", "verificationStatus"),
      "ImagingStudy", Set.of("status", "modality", "series", "started", "description", "procedureCode"),
      "DiagnosticReport", union(EFFECTIVE, Set.of("status", "code", "category", "issued", "description", "conclusion",
          "presentedForm")),
      "DocumentReference", Set.of("status", "type", "category", "description", "date", "content"));
  /** Before its resourceType is read, an element is kept if any type needs it. */
  private static final Set<String> ANY = BY_TYPE.values().stream().reduce(ALWAYS, MappedElements::union);

  private MappedElements() {
  }

  /**
   * Whether the mapping reads this element of this type: every element of a type it does not know; of
   * a type not yet known ({@code null}), every element that some type needs.
   */
  public static boolean isRead(String resourceType, String element) {
    if (resourceType == null) {
      return ANY.contains(element);
    }
    Set<String> read = BY_TYPE.get(resourceType);
    return read == null || ALWAYS.contains(element) || read.contains(element);
  }

  /**
   * Parses one resource, building only the elements the mapping reads; the others are skipped, but
   * still checked as JSON. Anything but one JSON object is refused with the parser's words.
   */
  public static ObjectNode parse(ObjectMapper json, byte[] bytes, int offset, int length) throws IOException {
    try (JsonParser parser = json.getFactory().createParser(bytes, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(parser, "a FHIR resource must be a JSON object");
      }
      ObjectNode resource = json.createObjectNode();
      String type = null;
      for (String element = parser.nextFieldName(); element != null; element = parser.nextFieldName()) {
        parser.nextToken();
        if (isRead(type, element)) {
          JsonNode value = json.readTree(parser);
          resource.set(element, value);
          type = "resourceType".equals(element) && value.isTextual() ? value.asText() : type;
        } else {
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "more follows the resource's JSON object");
      }
      return resource;
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
