package org.vapath.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.AppliedOverride;
import org.vapath.core.assessment.ExpectedBenefit;
import org.vapath.core.assessment.Finding;
import org.vapath.core.assessment.HoldItem;
import org.vapath.core.assessment.LevelAssessment;
import org.vapath.core.assessment.ProcedurePlan;
import org.vapath.core.assessment.Risk;

/**
 * Writes assessments as JSON in the contract's field names and order (case-format.md), the
 * case's vocabularies in lower case. Written field by field on Jackson's streaming generator: the
 * assessment is the largest thing VAPath writes, millions of times in a screening run.
 */
public final class AssessmentJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private AssessmentJson() {
  }

  /** The assessment on one line, as NDJSON wants it. */
  public static String compact(Assessment assessment) {
    return toString(assessment, false);
  }

  /** The assessment indented for people. */
  public static String pretty(Assessment assessment) {
    return toString(assessment, true);
  }

  /** A generator writing UTF-8 to {@code out}, for streaming many assessments. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return FACTORY.createGenerator(out, JsonEncoding.UTF8);
  }

  private static String toString(Assessment assessment, boolean pretty) {
    StringWriter text = new StringWriter(4096);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      write(assessment, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  public static void write(Assessment a, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("caseId", a.caseId());
    json.writeStringField("assessedOn", a.assessedOn() == null ? null : a.assessedOn().toString());
    json.writeStringField("decision", a.decision().name());
    json.writeStringField("decisionBasis", a.decisionBasis());
    json.writeArrayFieldStart("levels");
    for (LevelAssessment level : a.levels()) {
      level(level, json);
    }
    json.writeEndArray();
    findings("indications", a.indications(), json);
    findings("contraindications", a.contraindications(), json);
    findings("missing", a.missing(), json);
    findings("toVerify", a.toVerify(), json);
    findings("workup", a.workup(), json);
    findings("preparation", a.preparation(), json);
    json.writeArrayFieldStart("holdPlan");
    for (HoldItem item : a.holdPlan()) {
      HoldItemJson.write(item, json);
    }
    json.writeEndArray();
    strings("medicationsNotRecognised", a.medicationsNotRecognised(), json);
    procedure(a.procedure(), json);
    risk(a.risk(), json);
    benefit(a.expectedBenefit(), json);
    json.writeStringField("knowledgeVersion", a.knowledgeVersion());
    json.writeArrayFieldStart("knowledgeOverrides");
    for (AppliedOverride o : a.knowledgeOverrides()) {
      json.writeStartObject();
      json.writeStringField("id", o.id());
      json.writeNumberField("value", o.value());
      json.writeNumberField("packValue", o.packValue());
      json.writeStringField("origin", o.origin());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void level(LevelAssessment l, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("level", l.level());
    json.writeNumberField("fracture", l.fracture());
    json.writeStringField("decision", l.decision().name());
    json.writeStringField("etiology", Vocabulary.wireName(l.etiology()));
    number("heightLossPercent", l.heightLossPercent(), json);
    json.writeFieldName("genantGrade");
    if (l.genantGrade() == null) {
      json.writeNull();
    } else {
      json.writeNumber(l.genantGrade());
    }
    strings("reasons", l.reasons(), json);
    json.writeEndObject();
  }

  private static void findings(String name, List<Finding> findings, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart(name);
    for (Finding f : findings) {
      json.writeStartObject();
      json.writeStringField("code", f.code());
      json.writeStringField("level", f.level());
      if (f.fracture() != null) {
        json.writeNumberField("fracture", f.fracture());
      }
      json.writeStringField("basis", f.basis());
      json.writeStringField("source", f.source());
      if (f.confirm()) {
        json.writeBooleanField("confirm", true);
      }
      if (f.institutionalDefault()) {
        json.writeBooleanField("institutionalDefault", true);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void procedure(ProcedurePlan p, JsonGenerator json) throws IOException {
    if (p == null) {
      json.writeNullField("procedure");
      return;
    }
    json.writeObjectFieldStart("procedure");
    strings("options", p.options(), json);
    json.writeStringField("preferred", p.preferred());
    json.writeStringField("rationale", p.rationale());
    strings("guidance", p.guidance(), json);
    json.writeStringField("guidanceBasis", p.guidanceBasis());
    json.writeStringField("access", p.access());
    json.writeStringField("source", p.source());
    json.writeEndObject();
  }

  private static void risk(Risk r, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("risk");
    number("complicationRatePercent", r.complicationRatePercent(), json);
    json.writeStringField("etiology", r.etiology());
    strings("complications", r.complications(), json);
    json.writeStringField("basis", r.basis());
    json.writeStringField("source", r.source());
    json.writeEndObject();
  }

  private static void benefit(ExpectedBenefit b, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("expectedBenefit");
    if (b.painReliefPercent() == null) {
      json.writeNullField("painReliefPercent");
    } else {
      json.writeObjectFieldStart("painReliefPercent");
      json.writeNumberField("low", b.painReliefPercent().low());
      json.writeNumberField("high", b.painReliefPercent().high());
      json.writeEndObject();
    }
    json.writeStringField("etiology", b.etiology());
    json.writeStringField("basis", b.basis());
    json.writeStringField("source", b.source());
    json.writeEndObject();
  }

  static void strings(String name, List<String> values, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  static void number(String name, Double value, JsonGenerator json) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }
}
