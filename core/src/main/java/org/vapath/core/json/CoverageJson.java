package org.vapath.core.json;

import static org.vapath.core.json.JsonFields.bool;
import static org.vapath.core.json.JsonFields.str;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.vapath.core.assessment.Clearance;
import org.vapath.core.assessment.Coverage;
import org.vapath.core.assessment.CoverageItem;
import org.vapath.core.catalogue.Status;

/** Writes the version 2 parts of an assessment that are not findings: the payer's coverage, the clearance used. */
final class CoverageJson {
  private CoverageJson() {
  }

  /** {@code {"policy", "status": "met" | "not_met" | "incomplete", "criteria": [...], "source"}}, or null. */
  static void coverage(Coverage coverage, JsonGenerator json) throws IOException {
    json.writeFieldName(FieldNames.COVERAGE);
    if (coverage == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    str(json, FieldNames.POLICY, coverage.policy());
    str(json, FieldNames.STATUS, coverage.statusName());
    json.writeFieldName(FieldNames.CRITERIA);
    json.writeStartArray();
    for (CoverageItem item : coverage.criteria()) {
      json.writeStartObject();
      str(json, FieldNames.CODE, item.code());
      str(json, FieldNames.STATUS, status(item.status()));
      str(json, FieldNames.BASIS, item.basis());
      str(json, FieldNames.SOURCE, item.source());
      json.writeEndObject();
    }
    json.writeEndArray();
    str(json, FieldNames.SOURCE, coverage.source() + (coverage.confirm() ? " (confirm)" : ""));
    json.writeEndObject();
  }

  /** {@code {"mlMin", "computed", "basis", "source"}}, or null when neither recorded nor computable. */
  static void clearance(Clearance clearance, JsonGenerator json) throws IOException {
    json.writeFieldName(FieldNames.CREATININE_CLEARANCE);
    if (clearance == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    JsonFields.num(json, FieldNames.ML_MIN, clearance.mlMin());
    bool(json, FieldNames.COMPUTED, clearance.computed());
    str(json, FieldNames.BASIS, clearance.basis());
    str(json, FieldNames.SOURCE, clearance.source());
    json.writeEndObject();
  }

  /** A criterion's status as the contract writes it: {@code met}, {@code not_met}, {@code unknown}. */
  private static String status(Status status) {
    return Vocabulary.wireName(status);
  }
}
