package org.vapath.report.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vapath.core.Case;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.Modality;
import org.vapath.core.model.ReportedFact;
import org.vapath.core.model.ReportedFact.Use;
import org.vapath.core.model.VertebralLevel;
import org.vapath.report.ReportReader;

class ReportsIntoCaseTest {
  private static final ReportReader READER = ReportReader.withEmbeddedLexicon();
  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  private static ReadReport report(String reference, String text) {
    return new ReadReport(reference, DAY, READER.read(text));
  }

  private static Case kase(List<Fracture> fractures) {
    return new Case("c", DAY.plusDays(3), null, null, null, null, null, null, null, null, null, null, null,
        fractures);
  }

  private static Fracture at(VertebralLevel level, Etiology etiology, Boolean edema, Boolean retropulsion) {
    return new Fracture(level, etiology, null, edema, retropulsion, null, true);
  }

  @Test
  void aReportFillsOnlyWhatTheRecordLeftUnknownAndQuotesItsSentence() {
    Case filled = ReportsIntoCase.fill(kase(List.of(at(VertebralLevel.L1, Etiology.OSTEOPOROSIS, null, null))),
        List.of(report("DiagnosticReport/mr-1", "MRI LUMBAR SPINE\n\nFINDINGS:\nAcute compression fracture of L1"
            + " with 30% loss of height and marrow edema. No retropulsion.")));

    Fracture l1 = filled.fractures().get(0);
    assertThat(l1.edema()).isTrue();
    assertThat(l1.heightLossPercent()).isEqualTo(30.0);
    assertThat(l1.retropulsion()).isFalse();
    assertThat(l1.painGenerator()).as("a clinical fact, never the report's").isTrue();
    assertThat(filled.reportedFacts()).extracting(ReportedFact::use).containsOnly(Use.FILLED);
    assertThat(filled.reportedFacts()).extracting(ReportedFact::field)
        .contains("edema", "heightLossPercent", "retropulsion");
    assertThat(filled.reportedFacts().get(0).sentence()).contains("Acute compression fracture of L1");
    assertThat(filled.reportedFacts().get(0).report()).isEqualTo("DiagnosticReport/mr-1 (MR, 2026-11-02)");
    assertThat(filled.imaging()).extracting(s -> s.modality()).containsExactly(Modality.MRI);
  }

  @Test
  void theRecordStandsAgainstAReportAndTheConflictNamesBoth() {
    Case filled = ReportsIntoCase.fill(kase(List.of(at(VertebralLevel.L1, Etiology.OSTEOPOROSIS, false, null))),
        List.of(report("DiagnosticReport/mr-1", "MRI LUMBAR SPINE\n\nFINDINGS:\nL1 compression fracture with"
            + " marrow edema.")));

    assertThat(filled.fractures().get(0).edema()).isFalse();
    ReportedFact conflict = filled.reportedFacts().stream().filter(f -> f.use() == Use.CONFLICT).findFirst()
        .orElseThrow();
    assertThat(conflict.field()).isEqualTo("edema");
    assertThat(conflict.value()).isEqualTo("true");
    assertThat(conflict.other()).isEqualTo("the record says absent");
  }

  @Test
  void twoReportsThatDisagreeLeaveTheFactUnknown() {
    Case filled = ReportsIntoCase.fill(kase(List.of(at(VertebralLevel.T12, Etiology.OSTEOPOROSIS, null, null))),
        List.of(report("DiagnosticReport/mr-1", "MRI THORACIC SPINE\n\nFINDINGS:\nT12 fracture with retropulsion"
            + " of the posterosuperior corner."), report("DocumentReference/mr-2", "MRI THORACIC SPINE\n\nFINDINGS:\n"
            + "T12 compression fracture. No retropulsion.")));

    assertThat(filled.fractures().get(0).retropulsion()).isNull();
    assertThat(filled.reportedFacts()).anySatisfy(f -> {
      assertThat(f.use()).isEqualTo(Use.CONFLICT);
      assertThat(f.field()).isEqualTo("retropulsion");
      assertThat(f.other()).startsWith("DocumentReference/mr-2 (MR, 2026-11-02) says false");
    });
  }

  @Test
  void aHedgedFactStaysUnknownAndAHedgedFractureIsNotAdded() {
    Case filled = ReportsIntoCase.fill(kase(null), List.of(report("DiagnosticReport/ct-1",
        "CT LUMBAR SPINE\n\nIMPRESSION:\nPossible fracture of L3. Acute L1 compression fracture, possibly"
            + " pathologic.")));

    assertThat(filled.fractures()).extracting(Fracture::level).containsExactly(VertebralLevel.L1);
    assertThat(filled.fractures().get(0).etiology()).isEqualTo(Etiology.UNKNOWN);
    assertThat(filled.reportedFacts()).anySatisfy(f -> {
      assertThat(f.level()).isEqualTo(VertebralLevel.L3);
      assertThat(f.field()).isEqualTo("fracture");
      assertThat(f.use()).isEqualTo(Use.UNCERTAIN);
    });
  }

  @Test
  void aFractureTheReportStatesIsAddedWithItsCause() {
    Case filled = ReportsIntoCase.fill(kase(List.of(at(VertebralLevel.L1, Etiology.OSTEOPOROSIS, true, false))),
        List.of(report("DiagnosticReport/mr-1", "MRI THORACIC SPINE\n\nFINDINGS:\nPathologic compression fracture of T9"
            + " due to metastasis. Epidural tumor at T9 compresses the thecal sac.")));

    assertThat(filled.fractures()).extracting(Fracture::level).containsExactly(VertebralLevel.L1, VertebralLevel.T9);
    Fracture t9 = filled.fractures().get(1);
    assertThat(t9.etiology()).isEqualTo(Etiology.MALIGNANCY);
    assertThat(t9.canalCompromiseByTumor()).isTrue();
    assertThat(t9.painGenerator()).isNull();
  }

  @Test
  void aCtReportSaysNothingOfAbsentEdema() {
    Case filled = ReportsIntoCase.fill(kase(List.of(at(VertebralLevel.L2, Etiology.OSTEOPOROSIS, null, null))),
        List.of(report("DiagnosticReport/ct-1", "CT LUMBAR SPINE\n\nFINDINGS:\nL2 compression fracture. No marrow"
            + " edema.")));

    assertThat(filled.fractures().get(0).edema()).isNull();
  }

  @Test
  void noReportLeavesTheCaseAsItIs() {
    Case kase = kase(null);
    assertThat(ReportsIntoCase.fill(kase, List.of())).isSameAs(kase);
  }
}
