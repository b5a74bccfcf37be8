package org.vapath.fhir;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.Vignettes;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;

/**
 * Every vignette written as a FHIR R4 Bundle (JSON, parsed back with HAPI), mapped to a case and
 * assessed: the result must be the vignette's expected one, and the same decision, findings and
 * figures as the JSON case.
 */
class VignettesThroughFhirTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Engine ENGINE = Engine.withEmbeddedKnowledge();
  private static final CaseReader READER = new CaseReader(KnowledgePackJson.embedded(), LocalDate::now);

  static List<Vignettes.Vignette> vignettes() {
    List<Vignettes.Vignette> all = new ArrayList<>(Vignettes.all());
    all.addAll(Vignettes.in("hemostasis-vignettes"));
    all.addAll(Vignettes.in("vignettes-v2"));
    all.addAll(Vignettes.in("pathway-vignettes"));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void theVignetteGivesTheSameAssessmentThroughFhir(Vignettes.Vignette vignette) throws IOException {
    Case direct = READER.read(vignette.caseJson());
    String json = FhirJson.context().newJsonParser().encodeResourceToString(CaseToFhir.of(direct));
    assertSameAssessment(vignette, direct, new FhirCaseMapper(KnowledgePackJson.embedded()).mapBundle(json,
        direct.assessedOn()));
  }

  /**
   * The case read through FHIR has the vignette's expected result, and the same decision, findings and figures as the
   * JSON case; returns its assessment as JSON.
   */
  static com.fasterxml.jackson.databind.JsonNode assertSameAssessment(Vignettes.Vignette vignette, Case direct,
      Case mapped) throws IOException {
    var viaFhir = MAPPER.readTree(AssessmentJson.compact(ENGINE.assess(mapped)));
    assertThat(Vignettes.compare(viaFhir, vignette.expected())).isEmpty();
    var viaJson = MAPPER.readTree(AssessmentJson.compact(ENGINE.assess(direct)));
    for (String field : List.of("decision", "levels", "indications", "contraindications", "missing", "workup",
        "preparation", "holdPlan", "procedure", "risk", "expectedBenefit")) {
      assertThat(viaFhir.get(field)).as(field).isEqualTo(viaJson.get(field));
    }
    return viaFhir;
  }
}
