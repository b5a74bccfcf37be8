package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.vapath.core.InputError;
import org.vapath.core.model.RecordIssue;

/**
 * The parts of one patient's record that could not be read, each named with its resource and
 * element. Reading goes on without them: one unreadable resource never refuses the patient, and
 * what it could have said stays unknown.
 */
final class ReadIssues {
  private final List<RecordIssue> issues;

  ReadIssues(List<RecordIssue> known) {
    this.issues = new ArrayList<>(known);
  }

  /** Notes that {@code resource} could not be read as {@code error} says. */
  void add(JsonNode resource, InputError error) {
    String where = FhirNodes.where(resource);
    String field = error.field();
    String element = field.startsWith(where + ".") ? field.substring(where.length() + 1)
        : field.equals(where) ? null : field;
    issues.add(new RecordIssue(where, element, error.problem() + (error.value() == null ? "" : " (got "
        + error.value() + ")")));
  }

  void add(String resource, String element, String why) {
    issues.add(new RecordIssue(resource, element, why));
  }

  List<RecordIssue> list() {
    return List.copyOf(issues);
  }
}
