package org.vapath.fhir;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vapath.core.InputError;

/**
 * FHIR R4 JSON as VAPath reads it: a document is parsed once, as JSON, and each resource is then
 * read by the mapping, strictly on the elements it reads and tolerant of the others (an element of
 * a newer FHIR version in an unrelated resource refuses nothing). HAPI FHIR's context is here for
 * what VAPath writes.
 */
public final class FhirJson {
  // A FhirContext is expensive to build and thread-safe once built: one for the process.
  private static final FhirContext R4 = FhirContext.forR4();
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private FhirJson() {
  }

  public static FhirContext context() {
    return R4;
  }

  /** The JSON of a document; one that is not JSON is refused, naming where it breaks. */
  public static JsonNode tree(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new InputError("(document)", null, "is empty; expected a FHIR R4 Bundle");
      }
      return tree;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InputError("(document)", null, "is not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }
}
