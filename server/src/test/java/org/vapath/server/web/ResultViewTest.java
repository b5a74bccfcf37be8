package org.vapath.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;

/** What a page says: words first, codes kept small, units as clinicians write them, the risk figure once. */
class ResultViewTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  private static Map<String, Object> view(String vignette) {
    var kase = new CaseReader(PACK, () -> LocalDate.of(2026, 11, 24)).read(Vignettes.read(vignette));
    Assessment a = new Engine(PACK).assess(kase);
    return ResultView.of(a, PACK);
  }

  @Test
  void aLevelsReasonsAreTheFindingsLabelsNotTheirCodes() {
    @SuppressWarnings("unchecked")
    List<ResultView.Level> levels = (List<ResultView.Level>) view("/vignettes/P01-osteoporotic-classic.case.json")
        .get("levels");
    assertThat(levels.get(0).reasons()).contains("painful osteoporotic compression fracture")
        .doesNotContain("PAINFUL_OSTEOPOROTIC_VCF");
  }

  @Test
  void theRiskLineSaysItsFigureOnce() {
    ResultView.Consent consent = (ResultView.Consent) view("/vignettes/P01-osteoporotic-classic.case.json")
        .get("consent");
    assertThat(consent.riskBasis().split("%", -1)).hasSize(2);
  }

  @Test
  void theFormOffersUnitsAndTestsAsCliniciansWriteThem() {
    CaseFormLayout layout = CaseFormLayout.of(PACK);
    FormField unit = layout.sections().stream().filter(s -> s.rows() != null && s.rows().name().equals("labs"))
        .findFirst().orElseThrow().rows().columns().stream().filter(c -> c.name().equals("unit")).findFirst()
        .orElseThrow();
    List<String> labels = unit.options().stream().map(FormField.Option::label).toList();
    assertThat(labels).contains("\u00d710\u2079/L", "INR").doesNotContain("{INR}", "1", "10*9/L")
        .doesNotHaveDuplicates();
    FormField test = layout.sections().stream().filter(s -> s.rows() != null && s.rows().name().equals("labs"))
        .findFirst().orElseThrow().rows().columns().get(0);
    assertThat(test.options()).extracting(FormField.Option::label).contains("Platelet count", "INR", "WBC count");
  }
}
