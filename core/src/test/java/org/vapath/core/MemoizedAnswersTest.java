package org.vapath.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;

/**
 * The engine keeps the sentences it writes for a set of facts (the procedure plan, secondary prevention,
 * the oncology follow-up, the coverage's pain criteria, the consent figures). A key that left out a fact
 * the sentence names would hand one patient another's words: a case assessed by an engine that has seen
 * others first must read exactly as when it is the engine's first case. The vignettes differ in many facts
 * at once; the variants of one case differ in one fact each, every fact a memo's key holds.
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

  @Test
  void casesThatDifferInOneFactOfAKeyAreToldApart() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode base = (ObjectNode) json.readTree(Vignettes.in("vignettes").stream()
        .filter(vignette -> vignette.name().startsWith("P01")).findFirst().orElseThrow().caseJson());
    List<Consumer<ObjectNode>> changes = new ArrayList<>();
    for (Object nrs : new Object[] {4, 5, 6, 7, 8, 9, null}) {
      changes.add(kase -> kase.with("pain").putPOJO("nrs", nrs));
    }
    for (Boolean hospitalized : new Boolean[] {true, false, null}) {
      changes.add(kase -> kase.with("patient").put("hospitalized", hospitalized));
    }
    for (Object rmdq : new Object[] {10, 17, 18, 24, null}) {
      changes.add(kase -> kase.with("function").putPOJO("rmdq", rmdq));
    }
    for (String therapy : new String[] {"improving", "worsening", "not_tried", "not_improving"}) {
      changes.add(kase -> kase.with("medicalTherapy").put("status", therapy));
    }
    for (Boolean fact : new Boolean[] {true, false, null}) {
      changes.add(kase -> fracture(kase).put("kyphoticDeformity", fact));
      changes.add(kase -> kase.with("osteoporosisCare").put("bmdReferral", fact));
      changes.add(kase -> kase.with("osteoporosisCare").put("treatment", fact));
    }
    changes.addAll(fractureChanges());
    List<Case> variants = new ArrayList<>();
    for (Consumer<ObjectNode> change : changes) {
      ObjectNode variant = base.deepCopy();
      change.accept(variant);
      variants.add(READER.read(json.writeValueAsString(variant)));
    }
    Engine seasoned = new Engine(PACK);

    for (Case variant : variants) {
      assertThat(AssessmentJson.compact(seasoned.assess(variant)))
          .isEqualTo(AssessmentJson.compact(new Engine(PACK).assess(variant)));
    }
    assertThat(variants).hasSize(changes.size());
  }

  /** The fracture's facts the procedure plan and the follow-up read: height loss, level, cause. */
  private static List<Consumer<ObjectNode>> fractureChanges() {
    List<Consumer<ObjectNode>> changes = new ArrayList<>();
    for (Object loss : new Object[] {20, 25, 26, 49, 50, 51, 79, null}) {
      changes.add(kase -> fracture(kase).putPOJO("heightLossPercent", loss));
    }
    for (String level : new String[] {"L1", "L2", "T4", "T5", "T3", "C7"}) {
      changes.add(kase -> fracture(kase).put("level", level));
    }
    for (String etiology : new String[] {"osteoporosis", "malignancy", "unknown", "hemangioma"}) {
      changes.add(kase -> fracture(kase).put("etiology", etiology));
    }
    changes.add(kase -> fracture(kase).remove("level"));
    return changes;
  }

  private static ObjectNode fracture(ObjectNode kase) {
    return (ObjectNode) kase.withArray("fractures").get(0);
  }
}
