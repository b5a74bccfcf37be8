package org.vapath.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Case;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.model.ReportedFact;

/**
 * Every vignette written as a FHIR Bundle whose per-level facts are a radiology report's text
 * (a DiagnosticReport's plain-text presentedForm) instead of VAPath's extensions: the report reader
 * must give the same assessment, and say of each fact it filled where it came from.
 */
class VignettesThroughReportsTest {
  private static final CaseReader READER = new CaseReader(KnowledgePackJson.embedded(), LocalDate::now);

  static List<Vignettes.Vignette> vignettes() {
    return VignettesThroughFhirTest.vignettes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void theVignetteGivesTheSameAssessmentWithItsFactsInAReport(Vignettes.Vignette vignette) throws IOException {
    Case direct = READER.read(vignette.caseJson());
    String json = FhirJson.context().newJsonParser().encodeResourceToString(CaseToFhir.withReport(direct));
    Case mapped = new FhirCaseMapper(KnowledgePackJson.embedded()).mapBundle(json, direct.assessedOn());

    assertThat(mapped.fracturesOrNone()).as("the fractures read").isEqualTo(direct.fracturesOrNone());
    assertThat(mapped.reportedFacts()).allSatisfy(f -> assertThat(f.use()).isEqualTo(ReportedFact.Use.FILLED));
    JsonNode viaReport = VignettesThroughFhirTest.assertSameAssessment(vignette, direct, mapped);
    long filled = mapped.reportedFacts().size();
    assertThat(viaReport.get("toVerify").findValuesAsText("code").stream().filter("READ_FROM_REPORT"::equals))
        .as("each level with facts read says so").hasSize(filled == 0 ? 0
            : (int) mapped.reportedFacts().stream().map(ReportedFact::level).distinct().count());
  }
}
