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
    json.writeStringField("drug", h.drug());
    json.writeStringField("recordedAs", h.recordedAs());
    json.writeStringField("drugClass", h.drugClass());
    json.writeStringField("hold", h.hold());
    AssessmentJson.number("holdMin", h.holdMin(), json);
    AssessmentJson.number("holdMax", h.holdMax(), json);
    json.writeStringField("holdUnit", h.holdUnit());
    json.writeStringField("lastDose", date(h.lastDose()));
    json.writeStringField("earliestProcedureDate", date(h.earliestProcedureDate()));
    json.writeBooleanField("prescriberDecision", h.prescriberDecision());
    json.writeStringField("basis", h.basis());
    json.writeStringField("source", h.source());
    if (h.confirm()) {
      json.writeBooleanField("confirm", true);
    }
    json.writeEndObject();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
