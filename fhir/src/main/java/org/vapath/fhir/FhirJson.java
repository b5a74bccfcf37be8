package org.vapath.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Bundle;
import org.vapath.core.InputError;

/** Parses FHIR R4 JSON with HAPI FHIR, strictly; a document that does not parse is refused as input. */
public final class FhirJson {
  // A FhirContext is expensive to build and thread-safe once built: one for the process.
  private static final FhirContext R4 = FhirContext.forR4();

  private FhirJson() {
  }

  public static FhirContext context() {
    return R4;
  }

  public static Bundle bundle(String json) {
    IParser parser = R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    try {
      return parser.parseResource(Bundle.class, json);
    } catch (DataFormatException e) {
      throw new InputError("(document)", null, "is not a FHIR R4 Bundle: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
