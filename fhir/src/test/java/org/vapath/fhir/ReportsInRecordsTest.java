package org.vapath.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.ReportedFact;
import org.vapath.core.model.VertebralLevel;

/**
 * Radiology reports in a record as EHRs write them (US Core's DiagnosticReport for report and note
 * exchange, a DocumentReference with a plain-text attachment): their text is read into the case.
 */
class ReportsInRecordsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final FhirCaseMapper MAPPER = new FhirCaseMapper(KnowledgePackJson.embedded());
  private static final String MRI = """
      MRI LUMBAR SPINE WITHOUT CONTRAST

      CLINICAL HISTORY: Back pain after a fall. Osteoporosis.

      FINDINGS:
      There is an acute compression fracture of L1 with approximately 30% loss of height and diffuse marrow
      edema. No retropulsion. The spinal canal is patent. The other lumbar vertebral bodies are normal in height.

      IMPRESSION:
      Acute osteoporotic compression fracture of L1.
      """;

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String bundle(String... resources) {
    StringBuilder entries = new StringBuilder("""
        {"resource": {"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1946-03-02"}}""");
    for (String resource : resources) {
      entries.append(",\n{\"resource\": ").append(resource).append('}');
    }
    return "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [" + entries + "]}";
  }

  private static String diagnosticReport(String extra) {
    return """
        {"resourceType": "DiagnosticReport", "id": "mr-1", "status": "final",
         "category": [{"coding": [{"system": "http://loinc.org", "code": "LP29684-5", "display": "Radiology"}]}],
         "code": {"coding": [{"system": "http://loinc.org", "code": "24590-2", "display": "MR Lumbar spine"}],
                  "text": "MRI lumbar spine"},
         "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-11-18T10:15:00Z",
        """ + extra + "}";
  }

  @Test
  void aDiagnosticReportsPresentedFormFillsTheFractureAndSaysWhereFrom() {
    Case kase = MAPPER.mapBundle(bundle(diagnosticReport("""
        "presentedForm": [{"contentType": "text/plain", "data": "%s"}]""".formatted(base64(MRI)))), DAY);

    assertThat(kase.fractures()).hasSize(1);
    Fracture l1 = kase.fractures().get(0);
    assertThat(l1.level()).isEqualTo(VertebralLevel.L1);
    assertThat(l1.etiology()).isEqualTo(Etiology.OSTEOPOROSIS);
    assertThat(l1.edema()).isTrue();
    assertThat(l1.heightLossPercent()).isEqualTo(30.0);
    assertThat(l1.retropulsion()).isFalse();
    assertThat(kase.reportedFacts()).allSatisfy(f -> {
      assertThat(f.use()).isEqualTo(ReportedFact.Use.FILLED);
      assertThat(f.report()).isEqualTo("DiagnosticReport/mr-1 (MR, 2026-11-18)");
    });
    var assessment = Engine.withEmbeddedKnowledge().assess(kase);
    assertThat(assessment.toVerify()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("READ_FROM_REPORT");
      assertThat(f.level()).isEqualTo("L1");
      assertThat(f.basis()).contains("marrow edema present").contains("\u201cThere is an acute compression fracture");
    });
  }

  @Test
  void theConclusionIsReadWhenThereIsNoTextForm() {
    Case kase = MAPPER.mapBundle(bundle(diagnosticReport("""
        "conclusion": "Acute compression fracture of T12 with marrow edema." """)), DAY);

    assertThat(kase.fractures()).extracting(Fracture::level).containsExactly(VertebralLevel.T12);
    assertThat(kase.fractures().get(0).edema()).isTrue();
  }

  @Test
  void aDocumentReferencesPlainTextAttachmentIsRead() {
    Case kase = MAPPER.mapBundle(bundle("""
        {"resourceType": "DocumentReference", "id": "doc-7", "status": "current",
         "type": {"coding": [{"system": "http://loinc.org", "code": "24590-2", "display": "MR Lumbar spine"}]},
         "subject": {"reference": "Patient/p1"}, "date": "2026-11-18T11:00:00Z",
         "content": [{"attachment": {"contentType": "text/plain;charset=utf-8", "data": "%s"}}]}
        """.formatted(base64(MRI))), DAY);

    assertThat(kase.fractures()).extracting(Fracture::level).containsExactly(VertebralLevel.L1);
    assertThat(kase.reportedFacts()).isNotEmpty().allSatisfy(f -> assertThat(f.report()).startsWith(
        "DocumentReference/doc-7"));
  }

  @Test
  void aSpineReportThatCannotBeReadIsNamedAndNeverAllowsNotIndicated() {
    Case kase = MAPPER.mapBundle(bundle(diagnosticReport("""
        "presentedForm": [{"contentType": "application/pdf", "url": "https://ehr.example.org/binary/9"}]""")),
        DAY);

    assertThat(kase.recordIssues()).anySatisfy(issue -> {
      assertThat(issue.resource()).isEqualTo("DiagnosticReport/mr-1");
      assertThat(issue.element()).isEqualTo("presentedForm[0]");
      assertThat(issue.why()).contains("application/pdf");
    });
    assertThat(Engine.withEmbeddedKnowledge().assess(kase).decision().name()).isNotEqualTo("NOT_INDICATED");
  }

  @Test
  void badBase64IsNamedAndTheRestOfTheRecordIsRead() {
    Case kase = MAPPER.mapBundle(bundle(diagnosticReport("""
        "presentedForm": [{"contentType": "text/plain", "data": "%%%not base64"}]""")), DAY);

    assertThat(kase.recordIssues()).anySatisfy(issue -> assertThat(issue.element()).isEqualTo(
        "presentedForm[0].data"));
    assertThat(kase.patient().ageYears()).isEqualTo(80);
  }

  @Test
  void aReportThatIsNotOfTheSpineIsNotRead() {
    Case kase = MAPPER.mapBundle(bundle("""
        {"resourceType": "DiagnosticReport", "id": "cxr", "status": "final",
         "code": {"text": "XR chest 2 views"}, "subject": {"reference": "Patient/p1"},
         "conclusion": "Old compression fracture of T8 noted incidentally."}
        """), DAY);

    assertThat(kase.fractures()).isEmpty();
    assertThat(kase.reportedFacts()).isEmpty();
  }
}
