package org.vapath.screen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.vapath.core.InputError;

/**
 * Whether a patient's record says the patient has died: a Patient's {@code deceasedBoolean} true or
 * any {@code deceasedDateTime} (FHIR R4 {@code Patient.deceased[x]}). A population screening looks
 * for candidates to contact and treat, so a deceased patient is not screened as one: the result
 * says so instead of a decision. This is a screening rule, not a clinical one, so it lives here and
 * not in the mapping or the engine; {@code MappedElements} keeps {@code deceased[x]} for it.
 */
final class Deceased {
  private Deceased() {
  }

  /**
   * Why the patient is not assessed (the element and its value), or {@code null} when no Patient
   * resource says the patient has died. A {@code deceasedBoolean} that is not a boolean is refused:
   * whether the patient is alive would otherwise be a guess.
   */
  static String why(List<JsonNode> resources) {
    for (JsonNode resource : resources) {
      if (!"Patient".equals(resource.path("resourceType").asText())) {
        continue;
      }
      JsonNode flag = resource.get("deceasedBoolean");
      if (flag != null && !flag.isBoolean()) {
        throw new InputError("Patient/" + resource.path("id").asText("?") + ".deceasedBoolean", flag.toString(),
            "must be true or false");
      }
      if (flag != null && flag.booleanValue()) {
        return "deceased: Patient.deceasedBoolean is true";
      }
      JsonNode date = resource.get("deceasedDateTime");
      if (date != null && !date.isNull()) {
        return "deceased: Patient.deceasedDateTime is " + (date.isTextual() ? date.asText() : date.toString());
      }
    }
    return null;
  }
}
