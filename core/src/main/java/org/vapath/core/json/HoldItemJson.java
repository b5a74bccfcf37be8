package org.vapath.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.vapath.core.assessment.HoldItem;

/** Writes one row of the hold plan. */
final class HoldItemJson {
  private HoldItemJson() {
  }

  static void write(HoldItem h, JsonGenerator json) throws IOException {
    json.writeStartObject();
    AssessmentJson.str(json, FieldNames.DRUG, h.drug());
    AssessmentJson.str(json, FieldNames.RECORDED_AS, h.recordedAs());
    AssessmentJson.str(json, FieldNames.DRUG_CLASS, h.drugClass());
    AssessmentJson.str(json, FieldNames.HOLD, h.hold());
    AssessmentJson.number(FieldNames.HOLD_MIN, h.holdMin(), json);
    AssessmentJson.number(FieldNames.HOLD_MAX, h.holdMax(), json);
    AssessmentJson.str(json, FieldNames.HOLD_UNIT, h.holdUnit());
    AssessmentJson.str(json, FieldNames.LAST_DOSE, date(h.lastDose()));
    AssessmentJson.str(json, FieldNames.EARLIEST_PROCEDURE_DATE, date(h.earliestProcedureDate()));
    AssessmentJson.bool(json, FieldNames.PRESCRIBER_DECISION, h.prescriberDecision());
    AssessmentJson.str(json, FieldNames.BASIS, h.basis());
    AssessmentJson.str(json, FieldNames.SOURCE, h.source());
    if (h.confirm()) {
      AssessmentJson.bool(json, FieldNames.CONFIRM, true);
    }
    json.writeEndObject();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
