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
    JsonFields.str(json, FieldNames.DRUG, h.drug());
    JsonFields.str(json, FieldNames.RECORDED_AS, h.recordedAs());
    JsonFields.str(json, FieldNames.DRUG_CLASS, h.drugClass());
    JsonFields.str(json, FieldNames.HOLD, h.hold());
    JsonFields.number(FieldNames.HOLD_MIN, h.holdMin(), json);
    JsonFields.number(FieldNames.HOLD_MAX, h.holdMax(), json);
    JsonFields.str(json, FieldNames.HOLD_UNIT, h.holdUnit());
    JsonFields.str(json, FieldNames.LAST_DOSE, date(h.lastDose()));
    JsonFields.str(json, FieldNames.EARLIEST_PROCEDURE_DATE, date(h.earliestProcedureDate()));
    JsonFields.bool(json, FieldNames.PRESCRIBER_DECISION, h.prescriberDecision());
    JsonFields.str(json, FieldNames.BASIS, h.basis());
    JsonFields.str(json, FieldNames.SOURCE, h.source());
    if (h.confirm()) {
      JsonFields.bool(json, FieldNames.CONFIRM, true);
    }
    JsonFields.bool(json, FieldNames.PROVISIONAL, h.provisional());
    json.writeEndObject();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
