package org.vapath.core.json;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The assessment's field names, encoded once: writing a field name from a String escapes it every
 * time, and an assessment has about a hundred of them.
 */
final class FieldNames {
  static final SerializedString ACCESS = new SerializedString("access");
  static final SerializedString ACUITY = new SerializedString("acuity");
  static final SerializedString BONE_SCAN_UPTAKE = new SerializedString("boneScanUptake");
  static final SerializedString CAUTIONS = new SerializedString("cautions");
  static final SerializedString COMPUTED = new SerializedString("computed");
  static final SerializedString COVERAGE = new SerializedString("coverage");
  static final SerializedString CREATININE_CLEARANCE = new SerializedString("creatinineClearance");
  static final SerializedString CRITERIA = new SerializedString("criteria");
  static final SerializedString EDEMA = new SerializedString("edema");
  static final SerializedString FOLLOW_UP = new SerializedString("followUp");
  static final SerializedString ML_MIN = new SerializedString("mlMin");
  static final SerializedString POLICY = new SerializedString("policy");
  static final SerializedString PROVISIONAL = new SerializedString("provisional");
  static final SerializedString STATUS = new SerializedString("status");
  static final SerializedString ASSESSED_ON = new SerializedString("assessedOn");
  static final SerializedString BASIS = new SerializedString("basis");
  static final SerializedString CASE_ID = new SerializedString("caseId");
  static final SerializedString CODE = new SerializedString("code");
  static final SerializedString COMPLICATION_RATE_PERCENT = new SerializedString("complicationRatePercent");
  static final SerializedString COMPLICATIONS = new SerializedString("complications");
  static final SerializedString CONFIRM = new SerializedString("confirm");
  static final SerializedString CONTRAINDICATIONS = new SerializedString("contraindications");
  static final SerializedString DECISION = new SerializedString("decision");
  static final SerializedString DECISION_BASIS = new SerializedString("decisionBasis");
  static final SerializedString DRUG = new SerializedString("drug");
  static final SerializedString DRUG_CLASS = new SerializedString("drugClass");
  static final SerializedString EARLIEST_PROCEDURE_DATE = new SerializedString("earliestProcedureDate");
  static final SerializedString ETIOLOGY = new SerializedString("etiology");
  static final SerializedString EXPECTED_BENEFIT = new SerializedString("expectedBenefit");
  static final SerializedString FRACTURE = new SerializedString("fracture");
  static final SerializedString GENANT_GRADE = new SerializedString("genantGrade");
  static final SerializedString GUIDANCE = new SerializedString("guidance");
  static final SerializedString GUIDANCE_BASIS = new SerializedString("guidanceBasis");
  static final SerializedString HEIGHT_LOSS_PERCENT = new SerializedString("heightLossPercent");
  static final SerializedString HIGH = new SerializedString("high");
  static final SerializedString HOLD = new SerializedString("hold");
  static final SerializedString HOLD_MAX = new SerializedString("holdMax");
  static final SerializedString HOLD_MIN = new SerializedString("holdMin");
  static final SerializedString HOLD_PLAN = new SerializedString("holdPlan");
  static final SerializedString HOLD_UNIT = new SerializedString("holdUnit");
  static final SerializedString ID = new SerializedString("id");
  static final SerializedString INDICATIONS = new SerializedString("indications");
  static final SerializedString INSTITUTIONAL_DEFAULT = new SerializedString("institutionalDefault");
  static final SerializedString KNOWLEDGE_OVERRIDES = new SerializedString("knowledgeOverrides");
  static final SerializedString KNOWLEDGE_VERSION = new SerializedString("knowledgeVersion");
  static final SerializedString LAST_DOSE = new SerializedString("lastDose");
  static final SerializedString LEVEL = new SerializedString("level");
  static final SerializedString LEVELS = new SerializedString("levels");
  static final SerializedString LOW = new SerializedString("low");
  static final SerializedString MEDICATIONS_NOT_RECOGNISED = new SerializedString("medicationsNotRecognised");
  static final SerializedString RECORD_ISSUES = new SerializedString("recordIssues");
  static final SerializedString RESOURCE = new SerializedString("resource");
  static final SerializedString ELEMENT = new SerializedString("element");
  static final SerializedString WHY = new SerializedString("why");
  static final SerializedString MISSING = new SerializedString("missing");
  static final SerializedString OPTIONS = new SerializedString("options");
  static final SerializedString ORIGIN = new SerializedString("origin");
  static final SerializedString PACK_VALUE = new SerializedString("packValue");
  static final SerializedString PAIN_RELIEF_PERCENT = new SerializedString("painReliefPercent");
  static final SerializedString PREFERRED = new SerializedString("preferred");
  static final SerializedString PREPARATION = new SerializedString("preparation");
  static final SerializedString PRESCRIBER_DECISION = new SerializedString("prescriberDecision");
  static final SerializedString PROCEDURE = new SerializedString("procedure");
  static final SerializedString RATIONALE = new SerializedString("rationale");
  static final SerializedString REASONS = new SerializedString("reasons");
  static final SerializedString RECORDED_AS = new SerializedString("recordedAs");
  static final SerializedString RISK = new SerializedString("risk");
  static final SerializedString SOURCE = new SerializedString("source");
  static final SerializedString TO_VERIFY = new SerializedString("toVerify");
  static final SerializedString VALUE = new SerializedString("value");
  static final SerializedString WORKUP = new SerializedString("workup");

  private FieldNames() {
  }
}
