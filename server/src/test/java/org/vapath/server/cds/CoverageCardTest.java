package org.vapath.server.cds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;

/**
 * The payer's documentation card (Da Vinci CRD's "is documentation complete"), checked against the
 * CDS Hooks 2.0 card's rules for every vignette, and one whole card against its golden JSON.
 */
class CoverageCardTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Vignettes.Vignette> vignettes() {
    return Stream.of(Vignettes.all(), Vignettes.in("vignettes-v2"), Vignettes.in("pathway-vignettes"))
        .flatMap(List::stream);
  }

  private static Assessment assess(String json, LocalDate on) {
    return Engine.withEmbeddedKnowledge().assess(new CaseReader(PACK, () -> on).read(json));
  }

  private static ObjectNode card(Assessment a, boolean ordering) {
    return CoverageCard.card(a, PACK, new Cards.Call("c-1", "P1", ordering), "https://vapath.test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void everyCoverageCardKeepsTheCdsHooksCardRulesAndSaysTheStatusInWords(Vignettes.Vignette v) {
    Assessment a = assess(v.caseJson(), LocalDate.of(2026, 11, 23));
    ObjectNode card = card(a, true);

    assertThat(card).isNotNull();
    // CDS Hooks 2.0 Card: summary < 140 characters, indicator, source.label; uuid; suggestions with actions
    assertThat(card.get("summary").asText()).hasSizeLessThan(140).startsWith("Payer documentation (Medicare LCD): ")
        .doesNotContainPattern("[A-Z0-9]*[A-Z]_[A-Z0-9_]*");
    String status = a.coverage() == null ? "unknown" : switch (a.coverage().status()) {
      case MET -> "complete";
      case UNKNOWN -> "incomplete";
      case NOT_MET -> "not met";
    };
    assertThat(card.get("summary").asText()).contains(": " + status);
    assertThat(Set.of("info", "warning", "critical")).contains(card.get("indicator").asText());
    assertThat(card.at("/source/label").asText()).isNotBlank();
    assertThat(card.get("uuid").asText()).matches("[0-9a-f-]{36}");
    assertThat(card.get("detail").asText()).contains("Advisory");
    if (card.has("suggestions")) {
      assertThat(card.get("selectionBehavior").asText()).isEqualTo("any");
      for (JsonNode s : card.get("suggestions")) {
        assertThat(s.get("label").asText()).startsWith("Order: ");
        assertThat(s.at("/actions/0/type").asText()).isEqualTo("create");
        assertThat(s.at("/actions/0/resource/resourceType").asText()).isEqualTo("ServiceRequest");
      }
    }
    card.get("links").forEach(l -> assertThat(l.get("type").asText()).isIn("absolute", "smart"));
  }

  @Test
  void aPatientViewWithoutACoverageCheckHasNoCoverageCard() {
    Assessment hemangioma = assess(Vignettes.read("/vignettes/P03-hemangioma-indicated.case.json"),
        LocalDate.of(2026, 11, 23));

    assertThat(hemangioma.coverage()).isNull();
    assertThat(card(hemangioma, false)).isNull();
    assertThat(card(hemangioma, true).get("summary").asText())
        .isEqualTo("Payer documentation (Medicare LCD): unknown, no candidate fracture the policies cover");
  }

  @Test
  void whatIsMissingIsListedFirstAndOrderedWhereAnOrderMakesSense() {
    // P01 records no bone density referral: that criterion is unknown, and a DXA order would document it
    Assessment a = assess(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"), LocalDate.of(2026, 11,
        23));
    ObjectNode card = card(a, true);

    assertThat(card.get("indicator").asText()).isEqualTo("warning");
    assertThat(card.get("summary").asText()).startsWith("Payer documentation (Medicare LCD): incomplete, missing ")
        .endsWith("bone density referral documented");
    String detail = card.get("detail").asText();
    assertThat(detail.indexOf("**Missing: to document**")).isLessThan(detail.indexOf("**Met**"));
    assertThat(detail).contains("- Bone density referral documented: ", "`COV_BMD_REFERRAL`", "(confirm)");
    assertThat(card.get("suggestions")).extracting(s -> s.get("label").asText())
        .contains("Order: Bone density (DXA) evaluation");
    assertThat(card.at("/source/label").asText()).startsWith("Medicare LCDs L").contains("L34228")
        .endsWith("(secondary summaries, confirm)");
  }

  @Test
  void theCoverageCardForTheWarfarinPatientIsTheGoldenOne() throws Exception {
    var card = card(assess(Vignettes.read("/vignettes/P18-warfarin-high-inr.case.json"), LocalDate.of(2026, 11, 23)),
        true);
    String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(card);
    if (Boolean.getBoolean("vapath.golden.write")) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/golden/P18-coverage-card.json"),
          pretty + "\n");
    }

    assertThat(JSON.readTree(pretty)).isEqualTo(JSON.readTree(Vignettes.read("/golden/P18-coverage-card.json")));
  }
}
