package org.vapath.core.json;

import static org.vapath.core.json.JsonFields.bool;
import static org.vapath.core.json.JsonFields.num;
import static org.vapath.core.json.JsonFields.number;
import static org.vapath.core.json.JsonFields.str;
import static org.vapath.core.json.JsonFields.strings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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
import org.vapath.core.model.RecordIssue;

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

  /**
   * A generator writing UTF-8 to {@code out}, for streaming many assessments, one per line: no
   * separator between root values (Jackson's default is a space, which would begin every line after
   * the first), the caller writes the newline.
   */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return FACTORY.createGenerator(out, JsonEncoding.UTF8).setRootValueSeparator(null);
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
    str(json, FieldNames.CASE_ID, a.caseId());
    str(json, FieldNames.ASSESSED_ON, a.assessedOn() == null ? null : a.assessedOn().toString());
    str(json, FieldNames.DECISION, a.decision().name());
    str(json, FieldNames.DECISION_BASIS, a.decisionBasis());
    json.writeFieldName(FieldNames.LEVELS);
    json.writeStartArray();
    for (LevelAssessment level : a.levels()) {
      level(level, json);
    }
    json.writeEndArray();
    findings(FieldNames.INDICATIONS, a.indications(), json);
    findings(FieldNames.CONTRAINDICATIONS, a.contraindications(), json);
    findings(FieldNames.MISSING, a.missing(), json);
    findings(FieldNames.TO_VERIFY, a.toVerify(), json);
    findings(FieldNames.WORKUP, a.workup(), json);
    findings(FieldNames.PREPARATION, a.preparation(), json);
    findings(FieldNames.CAUTIONS, a.cautions(), json);
    findings(FieldNames.FOLLOW_UP, a.followUp(), json);
    json.writeFieldName(FieldNames.HOLD_PLAN);
    json.writeStartArray();
    for (HoldItem item : a.holdPlan()) {
      HoldItemJson.write(item, json);
    }
    json.writeEndArray();
    CoverageJson.clearance(a.creatinineClearance(), json);
    strings(FieldNames.MEDICATIONS_NOT_RECOGNISED, a.medicationsNotRecognised(), json);
    recordIssues(a.recordIssues(), json);
    procedure(a.procedure(), json);
    risk(a.risk(), json);
    benefit(a.expectedBenefit(), json);
    CoverageJson.coverage(a.coverage(), json);
    str(json, FieldNames.KNOWLEDGE_VERSION, a.knowledgeVersion());
    overrides(a.knowledgeOverrides(), json);
    json.writeEndObject();
  }

  private static void overrides(List<AppliedOverride> overrides, JsonGenerator json) throws IOException {
    json.writeFieldName(FieldNames.KNOWLEDGE_OVERRIDES);
    json.writeStartArray();
    for (AppliedOverride o : overrides) {
      json.writeStartObject();
      str(json, FieldNames.ID, o.id());
      num(json, FieldNames.VALUE, o.value());
      num(json, FieldNames.PACK_VALUE, o.packValue());
      str(json, FieldNames.ORIGIN, o.origin());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void level(LevelAssessment l, JsonGenerator json) throws IOException {
    json.writeStartObject();
    str(json, FieldNames.LEVEL, l.level());
    num(json, FieldNames.FRACTURE, l.fracture());
    str(json, FieldNames.DECISION, l.decision().name());
    str(json, FieldNames.ETIOLOGY, Vocabulary.wireName(l.etiology()));
    number(FieldNames.HEIGHT_LOSS_PERCENT, l.heightLossPercent(), json);
    json.writeFieldName(FieldNames.GENANT_GRADE);
    if (l.genantGrade() == null) {
      json.writeNull();
    } else {
      json.writeNumber(l.genantGrade());
    }
    strings(FieldNames.REASONS, l.reasons(), json);
    str(json, FieldNames.ACUITY, Vocabulary.wireName(l.acuity()));
    JsonFields.bool(FieldNames.EDEMA, l.edema(), json);
    JsonFields.bool(FieldNames.BONE_SCAN_UPTAKE, l.boneScanUptake(), json);
    json.writeEndObject();
  }

  private static void findings(SerializedString name, List<Finding> findings, JsonGenerator json)
      throws IOException {
    json.writeFieldName(name);
    json.writeStartArray();
    for (Finding f : findings) {
      json.writeStartObject();
      str(json, FieldNames.CODE, f.code());
      str(json, FieldNames.LEVEL, f.level());
      if (f.fracture() != null) {
        num(json, FieldNames.FRACTURE, f.fracture());
      }
      str(json, FieldNames.BASIS, f.basis());
      str(json, FieldNames.SOURCE, f.source());
      if (f.confirm()) {
        bool(json, FieldNames.CONFIRM, true);
      }
      if (f.institutionalDefault()) {
        bool(json, FieldNames.INSTITUTIONAL_DEFAULT, true);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void recordIssues(List<RecordIssue> issues, JsonGenerator json) throws IOException {
    json.writeFieldName(FieldNames.RECORD_ISSUES);
    json.writeStartArray();
    for (RecordIssue issue : issues) {
      json.writeStartObject();
      str(json, FieldNames.RESOURCE, issue.resource());
      str(json, FieldNames.ELEMENT, issue.element());
      str(json, FieldNames.WHY, issue.why());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void procedure(ProcedurePlan p, JsonGenerator json) throws IOException {
    if (p == null) {
      json.writeFieldName(FieldNames.PROCEDURE);
      json.writeNull();
      return;
    }
    json.writeFieldName(FieldNames.PROCEDURE);
    json.writeStartObject();
    strings(FieldNames.OPTIONS, p.options(), json);
    str(json, FieldNames.PREFERRED, p.preferred());
    str(json, FieldNames.RATIONALE, p.rationale());
    strings(FieldNames.GUIDANCE, p.guidance(), json);
    str(json, FieldNames.GUIDANCE_BASIS, p.guidanceBasis());
    str(json, FieldNames.ACCESS, p.access());
    str(json, FieldNames.SOURCE, p.source());
    json.writeEndObject();
  }

  private static void risk(Risk r, JsonGenerator json) throws IOException {
    json.writeFieldName(FieldNames.RISK);
    json.writeStartObject();
    number(FieldNames.COMPLICATION_RATE_PERCENT, r.complicationRatePercent(), json);
    str(json, FieldNames.ETIOLOGY, r.etiology());
    strings(FieldNames.COMPLICATIONS, r.complications(), json);
    str(json, FieldNames.BASIS, r.basis());
    str(json, FieldNames.SOURCE, r.source());
    json.writeEndObject();
  }

  private static void benefit(ExpectedBenefit b, JsonGenerator json) throws IOException {
    json.writeFieldName(FieldNames.EXPECTED_BENEFIT);
    json.writeStartObject();
    if (b.painReliefPercent() == null) {
      json.writeFieldName(FieldNames.PAIN_RELIEF_PERCENT);
      json.writeNull();
    } else {
      json.writeFieldName(FieldNames.PAIN_RELIEF_PERCENT);
    json.writeStartObject();
      num(json, FieldNames.LOW, b.painReliefPercent().low());
      num(json, FieldNames.HIGH, b.painReliefPercent().high());
      json.writeEndObject();
    }
    str(json, FieldNames.ETIOLOGY, b.etiology());
    str(json, FieldNames.BASIS, b.basis());
    str(json, FieldNames.SOURCE, b.source());
    json.writeEndObject();
  }
}
