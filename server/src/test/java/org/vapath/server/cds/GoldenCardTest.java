package org.vapath.server.cds;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vapath.core.Engine;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;

/**
 * A whole card compared with its stored golden JSON, so that any change of wording or shape is
 * reviewed. After an intended change, regenerate by running this test with
 * {@code -Dvapath.golden.write=true} and review the diff.
 */
class GoldenCardTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theOrderSelectCardForTheWarfarinPatientIsTheGoldenOne() throws Exception {
    var kase = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/P18-warfarin-high-inr.case.json"));
    var card = Cards.card(Engine.withEmbeddedKnowledge().assess(kase), KnowledgePackJson.embedded(),
        new Cards.Call("golden-1", "P18", true), "https://vapath.test", "https://vapath.test/cds-assessments/TOKEN");
    String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(card);
    if (Boolean.getBoolean("vapath.golden.write")) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/golden/P18-order-select-card.json"),
          pretty + "\n");
    }

    assertThat(JSON.readTree(pretty)).isEqualTo(JSON.readTree(Vignettes.read("/golden/P18-order-select-card.json")));
  }
}
