package org.vapath.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vapath.core.Case;
import org.vapath.core.Vignettes;
import org.vapath.core.testing.CaseArbitraries;

class CaseJsonTest {
  private static final CaseReader READER = new CaseReader(KnowledgePackJson.embedded(), () -> CaseArbitraries.ON);

  @Provide
  Arbitrary<Case> cases() {
    return CaseArbitraries.cases();
  }

  @Property(tries = 300)
  void aWrittenCaseReadsBackAsTheSameCaseUnknownsIncluded(@ForAll("cases") Case kase) {
    assertThat(READER.read(CaseJson.pretty(kase))).isEqualTo(kase);
  }

  @Example
  void aMedicationRecordNamingNoDrugIsWrittenWithoutANameAndReadsBack() {
    Case kase = READER.read(Vignettes.read("/pathway-vignettes/V35-medication-unresolved.case.json"));
    assertThat(kase.medications()).anyMatch(m -> !m.identified());
    assertThat(CaseJson.pretty(kase)).doesNotContain("\"name\" : null");
    assertThat(READER.read(CaseJson.pretty(kase))).isEqualTo(kase);
  }
}
