package org.vapath.server.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;

/** The sheet of a stored case is made from its stored assessment, and says what a fresh one would. */
class SheetFactsTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Vignettes.Vignette> vignettes() {
    return ReadabilityTest.vignettes();
  }

  private static Assessment assess(String json) {
    return Engine.withEmbeddedKnowledge().assess(new CaseReader(PACK, () -> LocalDate.of(2026, 11, 24)).read(json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void theStoredAssessmentGivesTheSameFactsAsTheAssessmentItself(Vignettes.Vignette v) throws IOException {
    Assessment a = assess(v.caseJson());

    assertThat(SheetFacts.stored(JSON.readTree(AssessmentJson.compact(a)))).isEqualTo(SheetFacts.of(a));
  }

  @Test
  void aStoredAssessmentIsToldAsStoredWithItsOwnPackVersion() throws IOException {
    ObjectNode stored = (ObjectNode) JSON.readTree(AssessmentJson.compact(assess(Vignettes.read(
        "/vignettes/P18-warfarin-high-inr.case.json"))));
    stored.put("knowledgeVersion", "2026.01.0");
    ((ObjectNode) stored.path("holdPlan").get(0)).put("holdMax", 6);

    String text = text(SheetText.of(SheetFacts.stored(stored), PACK));

    assertThat(text).contains("version 2026.01.0", "Take none on the 6 days before");
  }

  @Test
  void anOsteoporoticFractureGetsBoneHealthInPlainWords() {
    String text = text(SheetText.of(assess(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json")), PACK));

    assertThat(text).contains("Your bones", "This is called osteoporosis", "five times as likely",
        "bone density test", "medicine for osteoporosis", "calcium and vitamin D");
    assertThat(text).doesNotContain("DXA", "fracture liaison", "alendronate");
  }

  /** The engine merges a drug recorded twice; an assessment stored by another version may not have. */
  @Test
  void aDrugListedTwiceIsNamedOnceWithTheLongerHold() throws IOException {
    ObjectNode stored = (ObjectNode) JSON.readTree(AssessmentJson.compact(assess(Vignettes.read(
        "/vignettes/P18-warfarin-high-inr.case.json"))));
    ObjectNode twice = ((ObjectNode) stored.path("holdPlan").get(0)).deepCopy();
    twice.put("recordedAs", "Warfarin 5 mg").put("holdMax", 7);
    ((com.fasterxml.jackson.databind.node.ArrayNode) stored.path("holdPlan")).add(twice);

    String text = text(SheetText.of(SheetFacts.stored(stored), PACK));

    assertThat(text.split("warfarin", -1)).as(text).hasSize(2);
    assertThat(text).contains("Stop warfarin. Take none on the 7 days before").doesNotContain("Warfarin 5 mg");
  }

  private static String text(List<SheetText.Section> sections) {
    StringBuilder text = new StringBuilder();
    sections.forEach(s -> text.append(s.heading()).append(". ").append(String.join(" ", s.paragraphs())).append(' '));
    return text.toString();
  }

}
