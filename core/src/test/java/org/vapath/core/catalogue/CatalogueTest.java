package org.vapath.core.catalogue;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.assessment.Finding;
import org.vapath.core.json.CaseReader;
import org.vapath.core.rules.Criteria;

/** The catalogue is whole: every code declared once, emitted by a criterion, cited from the pack. */
class CatalogueTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  @Test
  void everyCodeIsEmittedBySomeCriterion() {
    Set<FindingCode> emitted = EnumSet.noneOf(FindingCode.class);
    for (CriterionInfo criterion : Criteria.catalogue()) {
      emitted.addAll(criterion.codes());
    }

    assertThat(emitted).containsExactlyInAnyOrder(FindingCode.values());
  }

  @Test
  void everySourceTheCatalogueCitesIsInThePack() {
    for (FindingCode code : FindingCode.values()) {
      assertThat(PACK.sources()).as(code.name()).containsKeys(code.sources().toArray(String[]::new));
    }
    for (CriterionInfo criterion : Criteria.catalogue()) {
      assertThat(PACK.sources()).as(criterion.name()).containsKeys(criterion.sources().toArray(String[]::new));
      assertThat(PACK.thresholds().keySet()).as(criterion.name()).containsAll(criterion.thresholds());
    }
  }

  @Test
  void everyLabelIsAPlainPhraseAndEveryWorkupSaysWhatToOrder() {
    for (FindingCode code : FindingCode.values()) {
      assertThat(code.label()).as(code.name()).isNotBlank().doesNotContain("_");
      boolean documents = code == FindingCode.COV_ACUTE_IMAGING || code == FindingCode.COV_BMD_REFERRAL;
      assertThat(code.orders().isEmpty()).as(code.name()).isEqualTo(code.kind() != Kind.WORKUP && !documents);
    }
  }

  @Test
  void aCodeIsFoundInItsOwnListOnly() {
    assertThat(FindingCode.find(Kind.MISSING, "PAIN_STATUS")).isEqualTo(FindingCode.PAIN_STATUS);
    assertThat(FindingCode.find(Kind.TO_VERIFY, "PAIN_STATUS")).isEqualTo(FindingCode.PAIN_STATUS_TO_VERIFY);
    assertThat(FindingCode.find(Kind.WORKUP, "INR")).isNull();
  }

  @Test
  void everyVignetteFindingCitesSourcesOfItsCatalogueEntry() {
    Engine engine = new Engine(PACK);
    CaseReader reader = new CaseReader(PACK, () -> LocalDate.of(2026, 11, 23));
    List<Vignettes.Vignette> all = new ArrayList<>(Vignettes.all());
    all.addAll(Vignettes.in("hemostasis-vignettes"));
    all.addAll(Vignettes.in("vignettes-v2"));
    all.addAll(Vignettes.in("pathway-vignettes"));
    for (Vignettes.Vignette vignette : all) {
      Assessment a = engine.assess(reader.read(vignette.caseJson()));
      if (a.coverage() != null) {
        a.coverage().criteria().forEach(c -> assertThat(c.entry().sources()).containsAll(c.sources()));
      }
      for (List<Finding> list : List.of(a.indications(), a.contraindications(), a.missing(), a.toVerify(),
          a.workup(), a.preparation(), a.cautions(), a.followUp())) {
        for (Finding finding : list) {
          assertThat(finding.entry().sources()).as(vignette.name() + " " + finding.code())
              .containsAll(finding.sources());
        }
      }
    }
  }
}
