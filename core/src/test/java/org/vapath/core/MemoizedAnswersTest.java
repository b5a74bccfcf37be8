package org.vapath.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;

/**
 * The engine keeps the sentences it writes for a set of facts (the procedure plan, secondary prevention,
 * the oncology follow-up, the coverage's pain criteria). A key that left out a fact the sentence names
 * would hand one patient another's words: every vignette assessed by an engine that has seen all the
 * others first must read exactly as when it is the engine's first case.
 */
class MemoizedAnswersTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final CaseReader READER = new CaseReader(PACK, () -> LocalDate.of(2026, 11, 23));

  @Test
  void anEngineThatHasSeenEveryOtherCaseAnswersAsAFreshOne() {
    List<Case> cases = new ArrayList<>();
    for (String folder : List.of("vignettes", "hemostasis-vignettes", "vignettes-v2", "pathway-vignettes")) {
      for (Vignettes.Vignette vignette : Vignettes.in(folder)) {
        cases.add(READER.read(vignette.caseJson()));
      }
    }
    Engine seasoned = new Engine(PACK);
    for (int i = cases.size() - 1; i >= 0; i--) {
      seasoned.assess(cases.get(i));
    }

    assertThat(cases).hasSizeGreaterThan(80);
    for (Case kase : cases) {
      assertThat(AssessmentJson.compact(seasoned.assess(kase)))
          .as(kase.caseId())
          .isEqualTo(AssessmentJson.compact(new Engine(PACK).assess(kase)));
    }
  }
}
