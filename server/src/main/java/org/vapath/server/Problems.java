package org.vapath.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Error bodies as FHIR OperationOutcome JSON, naming the problem and never echoing patient data. */
final class Problems {
  private Problems() {
  }

  static ObjectNode outcome(String code, String diagnostics, String expression) {
    ObjectNode outcome = JsonNodeFactory.instance.objectNode();
    outcome.put("resourceType", "OperationOutcome");
    ObjectNode issue = outcome.putArray("issue").addObject();
    issue.put("severity", "error").put("code", code).put("diagnostics", diagnostics);
    if (expression != null) {
      issue.putArray("expression").add(expression);
    }
    return outcome;
  }
}
