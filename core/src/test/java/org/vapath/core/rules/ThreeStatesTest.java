package org.vapath.core.rules;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Finding;
import org.vapath.core.catalogue.Status;
import org.vapath.core.catalogue.Verdict;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.TherapyResponse;
import org.vapath.core.testing.CaseBuilder;

/** Each criterion's three answers, one row per fact: what it says, and the codes of the findings it gives. */
class ThreeStatesTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final Function<Case, Verdict> COAGULOPATHY = UncorrectableCoagulopathy::evaluate;
  private static final Function<Case, Verdict> INFECTION = ActiveInfection::evaluate;
  private static final Function<Case, Verdict> IMPROVING = ImprovingWithTherapy::evaluate;
  private static final Function<Case, Verdict> ASYMPTOMATIC = Asymptomatic::patient;
  private static final Function<Case, Verdict> ALLERGY = new CementAllergy(PACK)::evaluate;

  static Stream<Arguments> rows() {
    return Stream.of(
        row("coagulopathy uncorrectable", COAGULOPATHY, base().coagulopathy(CoagulopathyStatus.UNCORRECTABLE),
            Status.MET, "UNCORRECTABLE_COAGULOPATHY"),
        row("coagulopathy correctable  ", COAGULOPATHY, base().coagulopathy(CoagulopathyStatus.CORRECTABLE),
            Status.NOT_MET),
        row("coagulopathy not recorded ", COAGULOPATHY, base().coagulopathy(null), Status.UNKNOWN,
            "COAGULOPATHY_STATUS"),
        row("infection local           ", INFECTION, base().infection(InfectionStatus.LOCAL), Status.MET,
            "ACTIVE_INFECTION"),
        row("infection none            ", INFECTION, base().infection(InfectionStatus.NONE), Status.NOT_MET),
        row("infection suspected       ", INFECTION, base().infection(InfectionStatus.SUSPECTED), Status.UNKNOWN,
            "INFECTION_TO_EXCLUDE"),
        row("infection not recorded    ", INFECTION, base().infection(null), Status.UNKNOWN, "INFECTION_STATUS"),
        row("therapy improving         ", IMPROVING, base().therapy(TherapyResponse.IMPROVING), Status.MET,
            "IMPROVING_WITH_MEDICAL_THERAPY"),
        row("therapy not recorded      ", IMPROVING, base().therapy(null), Status.UNKNOWN,
            "MEDICAL_THERAPY_RESPONSE"),
        row("pain resolved             ", ASYMPTOMATIC, base().pain(PainStatus.RESOLVED), Status.MET, "ASYMPTOMATIC"),
        row("pain ongoing              ", ASYMPTOMATIC, base().pain(PainStatus.ONGOING), Status.NOT_MET),
        row("pain not recorded         ", ASYMPTOMATIC, base().pain(null), Status.UNKNOWN, "PAIN_STATUS"),
        row("allergy to PMMA           ", ALLERGY, base().allergies("PMMA"), Status.MET, "CEMENT_ALLERGY"),
        row("allergy to penicillin     ", ALLERGY, base().allergies("penicillin"), Status.NOT_MET),
        row("allergies not recorded    ", ALLERGY, base().allergies((String[]) null), Status.UNKNOWN, "ALLERGIES"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theCriterionAnswersWithTheFactsItUsed(String fact, Function<Case, Verdict> criterion, CaseBuilder kase,
      Status status, List<String> codes) {
    Verdict verdict = criterion.apply(kase.build());

    assertThat(verdict.status()).isEqualTo(status);
    assertThat(verdict.findings()).extracting(Finding::code).containsExactlyElementsOf(codes);
  }

  private static CaseBuilder base() {
    return CaseBuilder.indicated();
  }

  private static Arguments row(String fact, Function<Case, Verdict> criterion, CaseBuilder kase, Status status,
      String... codes) {
    return Arguments.of(fact.strip(), criterion, kase, status, List.of(codes));
  }
}
