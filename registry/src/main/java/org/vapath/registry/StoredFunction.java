package org.vapath.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vapath.core.model.FunctionScores;

/**
 * The function scores (RMDQ, ODI) a stored case had at assessment: the baseline the audit measures
 * the follow-up's change from. Read from the case as stored, so that cases saved before the audit
 * counted function have their baseline too.
 */
final class StoredFunction {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredFunction() {
  }

  /** The scores of {@code caseJson}'s {@code function}; unknown where absent or not a number. */
  static FunctionScores of(String caseJson) {
    JsonNode function;
    try {
      function = JSON.readTree(caseJson).path("function");
    } catch (JsonProcessingException e) {
      // The registry wrote this JSON itself; an unreadable copy leaves the baseline unknown, never zero.
      return FunctionScores.UNKNOWN;
    }
    JsonNode rmdq = function.path("rmdq");
    JsonNode odi = function.path("odi");
    return new FunctionScores(rmdq.canConvertToInt() && rmdq.isNumber() ? rmdq.intValue() : null,
        odi.isNumber() ? odi.doubleValue() : null);
  }
}
