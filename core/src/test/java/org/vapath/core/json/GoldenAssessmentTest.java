package org.vapath.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Engine;
import org.vapath.core.Vignettes;

/**
 * Whole assessments compared with stored golden files, field by field and in order, so that any
 * change to the contract's shape or wording is seen and reviewed. After an intended change,
 * regenerate with {@code ./vapath assess CASE > core/src/test/resources/golden/NAME.assessment.json}.
 */
class GoldenAssessmentTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CaseReader READER = new CaseReader(KnowledgePackJson.embedded(),
      () -> LocalDate.of(2026, 11, 23));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/vignettes/P18-warfarin-high-inr.case.json, /golden/P18.assessment.json",
      "/golden/EX-2.case.json,                     /golden/EX-2.assessment.json",
      "/vignettes-v2/P34.case.json,                /golden/P34.assessment.json",
      "/pathway-vignettes/V22-malignant-structural-cautions.case.json, /golden/V22.assessment.json"})
  void theAssessmentIsTheGoldenOneToTheLetter(String caseFile, String goldenFile) throws IOException {
    Engine engine = Engine.withEmbeddedKnowledge();
    String assessment = AssessmentJson.pretty(engine.assess(READER.read(Vignettes.read(caseFile))));
    String golden = Vignettes.read(goldenFile);

    assertThat(MAPPER.readTree(assessment)).isEqualTo(MAPPER.readTree(golden));
    assertThat(assessment.strip()).as("field order and layout").isEqualTo(golden.strip());
  }
}
