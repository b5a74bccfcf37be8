package org.vapath.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Medication;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Sins;

/**
 * Writes a case in the case format, e.g. the case an adapter mapped from FHIR, so that a clinician
 * sees what was read and what stayed unknown: every unknown fact and unknown list is written as
 * {@code null}, never as "no" or as an empty list. Lab values are in the knowledge pack's canonical
 * units, so no unit is written (the default unit). Reading the output gives the same case back.
 */
public final class CaseJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CaseJson() {
  }

  public static String pretty(Case kase) {
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      write(kase, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The case as compact UTF-8 JSON on {@code out} (left open), e.g. to keep it compressed. */
  public static void write(Case kase, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(kase, json);
    }
  }

  public static void write(Case c, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("caseId", c.caseId());
    json.writeStringField("assessedOn", date(c.assessedOn()));
    patient(c.patient(), json);
    json.writeObjectFieldStart("pain");
    json.writeStringField("status", wire(c.pain().status()));
    json.writeFieldName("nrs");
    writeNumber(c.pain().nrs(), json);
    json.writeStringField("onset", date(c.pain().onset()));
    if (c.pain().nrsDate() != null) {
      json.writeStringField("nrsDate", date(c.pain().nrsDate()));
    }
    json.writeEndObject();
    json.writeObjectFieldStart("medicalTherapy");
    json.writeStringField("status", wire(c.medicalTherapy().status()));
    json.writeStringField("since", date(c.medicalTherapy().since()));
    json.writeEndObject();
    json.writeObjectFieldStart("neuro");
    bool("myelopathy", c.neuro().myelopathy(), json);
    bool("radiculopathy", c.neuro().radiculopathy(), json);
    json.writeEndObject();
    status("infection", wire(c.infection().status()), json);
    status("coagulopathy", wire(c.coagulopathy().status()), json);
    strings("allergies", c.allergies(), json);
    medications(c.medications(), json);
    json.writeObjectFieldStart("renal");
    json.writeFieldName("creatinineClearanceMlMin");
    writeNumber(c.renal().creatinineClearanceMlMin(), json);
    json.writeEndObject();
    labs(c.labs(), json);
    imaging(c.imaging(), json);
    fractures(c.fractures(), json);
    function(c, json);
    if (!c.recordIssues().isEmpty()) {
      AssessmentJson.recordIssues(c.recordIssues(), json);
    }
    if (!c.reportedFacts().isEmpty()) {
      ReportedFactsJson.write(c.reportedFacts(), json);
    }
    json.writeEndObject();
  }

  private static void patient(Patient p, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("patient");
    integer("ageYears", p.ageYears(), json);
    json.writeStringField("sex", wire(p.sex()));
    bool("pregnant", p.pregnant(), json);
    bool("hospitalized", p.hospitalized(), json);
    json.writeFieldName("weightKg");
    writeNumber(p.weightKg(), json);
    json.writeEndObject();
  }

  /** The disability scores and the bone health care already documented. */
  private static void function(Case c, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("function");
    integer("rmdq", c.function().rmdq(), json);
    json.writeFieldName("odi");
    writeNumber(c.function().odi(), json);
    json.writeEndObject();
    json.writeObjectFieldStart("osteoporosisCare");
    bool("bmdReferral", c.osteoporosisCare().bmdReferral(), json);
    bool("treatment", c.osteoporosisCare().treatment(), json);
    json.writeEndObject();
  }

  private static void medications(List<Medication> medications, JsonGenerator json) throws IOException {
    json.writeFieldName("medications");
    if (medications == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (Medication m : medications) {
      json.writeStartObject();
      if (m.name() != null) { // an unresolved record has none, and the reader refuses a null name
        json.writeStringField("name", m.name());
      }
      json.writeStringField("lastDose", date(m.lastDose()));
      json.writeStringField("intensity", wire(m.intensity()));
      json.writeStringField("route", wire(m.route()));
      if (m.record() != null) {
        json.writeStringField("record", m.record());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void labs(List<LabResult> labs, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("labs");
    for (LabResult l : labs) {
      json.writeStartObject();
      json.writeStringField("test", wire(l.test()));
      json.writeFieldName("value");
      writeNumber(l.value(), json);
      if (l.test() == LabTest.CREATININE) {
        // Its unit is required (mg/dL and umol/L differ a hundredfold): the value is in the canonical one.
        json.writeStringField("unit", KnowledgePackJson.embedded().lab(LabTest.CREATININE).canonicalUnit());
      }
      json.writeStringField("date", date(l.date()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void imaging(List<ImagingStudy> imaging, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("imaging");
    for (ImagingStudy i : imaging) {
      json.writeStartObject();
      json.writeStringField("modality", wire(i.modality()));
      json.writeStringField("date", date(i.date()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void fractures(List<Fracture> fractures, JsonGenerator json) throws IOException {
    json.writeFieldName("fractures");
    if (fractures == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (Fracture f : fractures) {
      json.writeStartObject();
      json.writeStringField("level", f.levelName());
      json.writeStringField("etiology", wire(f.etiology()));
      json.writeFieldName("heightLossPercent");
      writeNumber(f.heightLossPercent(), json);
      bool("edema", f.edema(), json);
      bool("retropulsion", f.retropulsion(), json);
      bool("canalCompromiseByTumor", f.canalCompromiseByTumor(), json);
      bool("painGenerator", f.painGenerator(), json);
      bool("posteriorWallInvolved", f.posteriorWallInvolved(), json);
      bool("epiduralExtension", f.epiduralExtension(), json);
      bool("kyphoticDeformity", f.kyphoticDeformity(), json);
      bool("heightLossProgression", f.heightLossProgression(), json);
      bool("boneScanUptake", f.boneScanUptake(), json);
      sins(f.sins(), json);
      json.writeStringField("bilskyGrade", f.bilskyGrade() == null ? null : f.bilskyGrade().wire());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void sins(Sins sins, JsonGenerator json) throws IOException {
    json.writeFieldName("sins");
    if (sins == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    integer("total", sins.total(), json);
    integer("location", sins.location(), json);
    integer("pain", sins.pain(), json);
    integer("boneLesion", sins.boneLesion(), json);
    integer("alignment", sins.alignment(), json);
    integer("collapse", sins.collapse(), json);
    integer("posterolateral", sins.posterolateral(), json);
    json.writeEndObject();
  }

  private static void integer(String name, Integer value, JsonGenerator json) throws IOException {
    json.writeFieldName(name);
    writeNumber(value == null ? null : value.doubleValue(), json);
  }

  private static void status(String name, String status, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("status", status);
    json.writeEndObject();
  }

  private static void strings(String name, List<String> values, JsonGenerator json) throws IOException {
    json.writeFieldName(name);
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void bool(String name, Boolean value, JsonGenerator json) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeBoolean(value);
    }
  }

  private static void writeNumber(Double value, JsonGenerator json) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      json.writeNumber(value.longValue());
    } else {
      json.writeNumber(value);
    }
  }

  private static String wire(Enum<?> value) {
    return value == null ? null : Vocabulary.wireName(value);
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
