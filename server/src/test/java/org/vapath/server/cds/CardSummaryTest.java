package org.vapath.server.cds;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;

/** A card's summary: one sentence of fewer than 140 characters (CDS Hooks 2.0), in a clinician's words. */
class CardSummaryTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  static List<Vignettes.Vignette> vignettes() {
    return Vignettes.all();
  }

  private static String summary(String caseJson) {
    var kase = new CaseReader(PACK, () -> LocalDate.of(2026, 11, 23)).read(caseJson);
    return Cards.card(Engine.withEmbeddedKnowledge().assess(kase), PACK, new Cards.Call("s-1", "p", true),
        "https://vapath.test", null).get("summary").asText();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void everyVignettesSummaryIsUnder140CharactersAndHasNoCode(Vignettes.Vignette vignette) {
    String summary = summary(vignette.caseJson());

    assertThat(summary).hasSizeLessThan(140).startsWith("Vertebral augmentation")
        .doesNotContainPattern("[A-Z0-9]*[A-Z]_[A-Z0-9_]*") // a code such as PLATELET_COUNT
        .doesNotContainPattern("\\b[A-Z]{5,}\\b"); // a decision such as INCOMPLETE
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "P14-no-labs                  | Vertebral augmentation: incomplete, platelet count and INR missing",
      "P06-local-infection          | Vertebral augmentation contraindicated: active infection",
      "P11-pmma-allergy             | Vertebral augmentation contraindicated: allergy to a bone cement ingredient",
      "P07-retropulsion-myelopathy  | Vertebral augmentation contraindicated: retropulsion with myelopathy at L1",
      "P18-warfarin-high-inr        | Vertebral augmentation indicated at L1; 3 preparation steps before the procedure"})
  void theSummaryNamesWhatTheDecisionTurnsOnInWords(String vignette, String expected) {
    assertThat(summary(Vignettes.read("/vignettes/" + vignette + ".case.json"))).isEqualTo(expected);
  }

  @Test
  void aLongListIsCutToWhatFitsAndCountsTheRest() {
    List<String> phrases = List.of("platelet count", "INR", "WBC count", "pain status", "fracture cause at T4",
        "fracture cause at T5", "fracture cause at T6", "fracture cause at T7", "fracture cause at T8");

    String sentence = FindingWords.sentence("Vertebral augmentation: incomplete, ", phrases, " missing", 139);

    assertThat(sentence).hasSizeLessThan(140).isEqualTo("Vertebral augmentation: incomplete, platelet count, INR,"
        + " WBC count, pain status, fracture cause at T4 and 4 more missing");
  }

  @Test
  void aFindingIsWrittenInItsCatalogueLabelWithItsLevel() {
    List<Finding> findings = List.of(
        Finding.patient(FindingCode.CONSIDER_PLATELET_TRANSFUSION, "low"),
        Finding.fracture(FindingCode.TUMOR_CANAL_COMPROMISE, 0, "T7", "tumour"),
        Finding.fracture(FindingCode.TUMOR_CANAL_COMPROMISE, 0, "T7", "again"));

    assertThat(FindingWords.of(findings)).containsExactly("platelet transfusion to consider",
        "canal compromise by tumor at T7");
  }
}
