package org.vapath.registry;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.core.model.VertebralLevel;
import org.vapath.registry.ComplicationRecord.Severity;
import org.vapath.registry.ProcedureRecord.Approach;
import org.vapath.registry.ProcedureRecord.Guidance;
import org.vapath.registry.ProcedureRecord.Technique;

/** What every registry database must do; run against H2 and against a real PostgreSQL server. */
abstract class RegistryContract {
  static final KnowledgePack PACK = KnowledgePackJson.embedded();
  /** The day the vignettes are read on (they are assessed on 2026-11-23). */
  private static final LocalDate READ_ON = LocalDate.of(2026, 11, 25);
  /** Procedures are recorded on a day far enough back for their follow-ups to have passed too. */
  private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(60);

  /** A fresh, empty registry. */
  abstract Registry registry();

  static Case vignette(String name) {
    return new CaseReader(PACK, () -> READ_ON).read(Vignettes.read("/vignettes/" + name + ".case.json"));
  }

  long saved(Registry registry, String vignette) {
    Case kase = vignette(vignette);
    return registry.saveCase(kase, Engine.withEmbeddedKnowledge().assess(kase), "dr.a");
  }

  static ProcedureRecord procedure() {
    return new ProcedureRecord(DAY, Technique.VERTEBROPLASTY, Approach.BIPEDICULAR, Guidance.FLUOROSCOPY, "dr.b",
        null, Map.of(VertebralLevel.L1, 4.5));
  }

  @Test
  void aCaseIsStoredWithItsAssessmentAndEveryViewAndChangeIsLogged() {
    try (Registry registry = registry()) {
      long id = saved(registry, "P01-osteoporotic-classic");

      assertThat(registry.assessmentJson(id, "auditor.c")).contains("\"decision\":\"INDICATED\"");
      registry.recordProcedure(id, procedure(), "dr.b");
      assertThat(registry.auditLog(id)).containsExactly("dr.a CREATE_CASE", "auditor.c VIEW_CASE",
          "dr.b RECORD_PROCEDURE");
    }
  }

  @Test
  void accountsKeepABcryptHashAndAuthenticateOnlyTheRightPassword() {
    try (Registry registry = registry()) {
      Accounts accounts = registry.accounts();
      assertThat(accounts.hasAdmin()).isFalse();

      accounts.create("admin", "correct horse battery".toCharArray(), Role.ADMIN, "command line");

      assertThat(accounts.hasAdmin()).isTrue();
      assertThat(accounts.authenticate("admin", "correct horse battery".toCharArray())).contains(Role.ADMIN);
      assertThat(accounts.authenticate("admin", "wrong horse battery".toCharArray())).isEmpty();
      assertThat(accounts.authenticate("nobody", "correct horse battery".toCharArray())).isEmpty();
      assertThatThrownBy(() -> accounts.create("admin", "another long password".toCharArray(), Role.AUDITOR, "x"))
          .hasMessageContaining("taken");
      assertThatThrownBy(() -> accounts.create("short", "2short".toCharArray(), Role.AUDITOR, "x"))
          .isInstanceOf(InputError.class).hasMessageStartingWith("password: ").hasMessageContaining("at least 12");
      assertThatThrownBy(() -> accounts.create("long", "é".repeat(37).toCharArray(), Role.AUDITOR, "x"))
          .isInstanceOf(InputError.class).hasMessageStartingWith("password: must have at most 72 bytes");
      assertThatThrownBy(() -> accounts.create("a b", "a long password".toCharArray(), Role.AUDITOR, "x"))
          .isInstanceOf(InputError.class).hasMessageStartingWith("username: ");
      assertThat(accounts.authenticate("admin", "x".repeat(73).toCharArray())).isEmpty();
      accounts.recordSignIn("admin", "SIGN_IN_FAILED", "192.0.2.1");
      assertThat(accounts.signInLog(5)).containsExactly("admin SIGN_IN_FAILED from 192.0.2.1");
    }
  }

  @Test
  void complicationsMustBeOfThePacksListOrOtherWithADescription() {
    try (Registry registry = registry()) {
      long procedure = registry.recordProcedure(saved(registry, "P01-osteoporotic-classic"), procedure(), "dr.b");

      registry.recordComplication(procedure, new ComplicationRecord("CEMENT_EMBOLIZATION", null, Severity.MINOR, DAY),
          "dr.b");
      assertThatThrownBy(() -> registry.recordComplication(procedure, new ComplicationRecord("HEADACHE", null,
          Severity.MINOR, DAY), "dr.b")).isInstanceOf(RegistryError.class).hasMessageContaining("HEADACHE");
      assertThatThrownBy(() -> new ComplicationRecord("OTHER", " ", Severity.MINOR, DAY))
          .hasMessageContaining("description");
      assertThatThrownBy(() -> registry.recordFollowUp(999_999, new FollowUpRecord(DAY, 2, null, null, null), "dr.b"))
          .isInstanceOf(RegistryError.class).hasMessageContaining("no procedure 999999");
    }
  }

  @Test
  void textsLongerThanTheRegistryKeepsAreRefusedNamingTheField() {
    try (Registry registry = registry()) {
      Case kase = vignette("P01-osteoporotic-classic");
      Case longId = new Case("x".repeat(TextLimits.CASE_ID + 1), kase.assessedOn(), kase.patient(), kase.pain(),
          kase.medicalTherapy(), kase.neuro(), kase.infection(), kase.coagulopathy(), kase.allergies(),
          kase.medications(), kase.renal(), kase.labs(), kase.imaging(), kase.fractures(), kase.recordIssues());
      assertThatThrownBy(() -> registry.saveCase(longId, Engine.withEmbeddedKnowledge().assess(longId), "dr.a"))
          .isInstanceOf(InputError.class).hasMessageStartingWith("caseId: is 101 characters long");
      assertThatThrownBy(() -> new ProcedureRecord(DAY, Technique.VERTEBROPLASTY, Approach.BIPEDICULAR,
          Guidance.FLUOROSCOPY, "o".repeat(TextLimits.OPERATOR + 1), null, Map.of(VertebralLevel.L1, 4.5)))
          .isInstanceOf(InputError.class).hasMessageStartingWith("operator: ");
      assertThatThrownBy(() -> new ComplicationRecord(ComplicationRecord.OTHER, "d".repeat(TextLimits.DESCRIPTION
          + 1), Severity.MINOR, DAY)).isInstanceOf(InputError.class).hasMessageStartingWith("description: ");

      // The longest of each is kept whole, in every database.
      long id = registry.recordProcedure(saved(registry, "P01-osteoporotic-classic"), new ProcedureRecord(DAY,
          Technique.VERTEBROPLASTY, Approach.BIPEDICULAR, Guidance.FLUOROSCOPY, "o".repeat(TextLimits.OPERATOR), null,
          Map.of(VertebralLevel.L1, 4.5)), "dr.b");
      registry.recordComplication(id, new ComplicationRecord(ComplicationRecord.OTHER, "d".repeat(
          TextLimits.DESCRIPTION), Severity.MINOR, DAY), "dr.b");
      assertThat(registry.procedures(registry.caseOfProcedure(id)).get(0).complications().get(0).description())
          .hasSize(TextLimits.DESCRIPTION);
    }
  }

  @Test
  void datesInTheFutureBefore1900OrBeforeTheirProcedureAreRefused() {
    try (Registry registry = registry()) {
      long caseId = saved(registry, "P01-osteoporotic-classic");
      LocalDate today = LocalDate.now(java.time.ZoneId.systemDefault());
      assertThatThrownBy(() -> registry.recordProcedure(caseId, procedureOn(today.plusDays(1)), "dr.b"))
          .isInstanceOf(InputError.class).hasMessageStartingWith("performedOn: is after today");
      assertThatThrownBy(() -> registry.recordProcedure(caseId, procedureOn(LocalDate.of(0, 1, 1)), "dr.b"))
          .isInstanceOf(InputError.class).hasMessageStartingWith("performedOn: is before 1900");
      long procedure = registry.recordProcedure(caseId, procedure(), "dr.b");

      assertThatThrownBy(() -> registry.recordFollowUp(procedure,
          new FollowUpRecord(DAY.minusDays(1), 3, null, null, null), "dr.b"))
          .isInstanceOf(InputError.class).hasMessageStartingWith("seenOn: is before the procedure (" + DAY + ")");
      assertThatThrownBy(() -> registry.recordFollowUp(procedure,
          new FollowUpRecord(today.plusDays(1), 3, null, null, null), "dr.b"))
          .isInstanceOf(InputError.class).hasMessageStartingWith("seenOn: is after today");
      assertThatThrownBy(() -> registry.recordComplication(procedure, new ComplicationRecord("BLEEDING", null,
          Severity.MINOR, DAY.minusDays(3)), "dr.b")).isInstanceOf(InputError.class)
          .hasMessageStartingWith("occurredOn: is before the procedure");
      registry.recordFollowUp(procedure, new FollowUpRecord(DAY, 3, null, null, null), "dr.b");
      assertThat(registry.procedures(caseId).get(0).followUps()).hasSize(1);
    }
  }

  static ProcedureRecord procedureOn(LocalDate day) {
    return new ProcedureRecord(day, Technique.VERTEBROPLASTY, Approach.BIPEDICULAR, Guidance.FLUOROSCOPY, "dr.b",
        null, Map.of(VertebralLevel.L1, 4.5));
  }

  @Test
  void theAuditComparesTheServicesRatesWithThePublishedFiguresByEtiology() {
    try (Registry registry = registry()) {
      for (int i = 0; i < 12; i++) {
        long procedure = registry.recordProcedure(saved(registry, "P01-osteoporotic-classic"), procedure(), "dr.b");
        // NRS 8 before: 3 at 4 weeks is a success; one patient is no better.
        registry.recordFollowUp(procedure, new FollowUpRecord(DAY.plusDays(3), 7, null, null, null), "dr.b");
        registry.recordFollowUp(procedure, new FollowUpRecord(DAY.plusDays(28), i == 0 ? 7.5 : 3, null, 30.0,
            0), "dr.b");
        if (i == 1) {
          registry.recordComplication(procedure, new ComplicationRecord("BLEEDING", null, Severity.MINOR, DAY), "dr.b");
        }
      }
      registry.recordProcedure(saved(registry, "P02-malignant-indicated"), procedure(), "dr.b");

      List<EtiologyAudit> audit = registry.audit();

      EtiologyAudit osteoporosis = audit.stream().filter(a -> a.etiology().equals("osteoporosis")).findFirst()
          .orElseThrow();
      assertThat(osteoporosis.complications().events()).isEqualTo(1);
      assertThat(osteoporosis.complications().cases()).isEqualTo(12);
      assertThat(osteoporosis.publishedComplicationPercent()).isEqualTo(3.0);
      assertThat(osteoporosis.complicationVerdict()).isEqualTo(Verdict.WITHIN);
      assertThat(osteoporosis.successes().events()).isEqualTo(11);
      assertThat(osteoporosis.successVerdict()).isEqualTo(Verdict.WITHIN);
      EtiologyAudit malignancy = audit.stream().filter(a -> a.etiology().equals("malignancy")).findFirst()
          .orElseThrow();
      assertThat(malignancy.complicationVerdict()).isEqualTo(Verdict.TOO_FEW_CASES);
      assertThat(malignancy.successes().cases()).isZero();
    }
  }

  /**
   * RMDQ 16 and ODI 50 at assessment. RMDQ at the first counted follow-up: 11 (a fall of 5, the
   * minimal important change) for 7 patients, 12 (a fall of 4) for 3: 7/10, whose Wilson 95% interval,
   * worked by hand with z = 1.96: centre (0.7 + z²/20) / (1 + z²/10) = 0.6445, half-width
   * z √(0.7 × 0.3 / 10 + z²/400) / (1 + z²/10) = 0.2477, so 39.68% to 89.22%. ODI recorded for 8 of
   * them: 40 (a fall of 10) for 2, 41 for 6: 2/8, centre 0.3311, half-width 0.2596, 7.15% to 59.07%.
   * Not counted: a case without scores at assessment, nor the visit at day 3 (RMDQ 2), before the first
   * counted follow-up.
   */
  @Test
  void theAuditCountsTheShareReachingTheMinimalImportantChangeInRmdqAndOdi() {
    try (Registry registry = registry()) {
      for (int i = 0; i < 10; i++) {
        long procedure = registry.recordProcedure(savedWithFunction(registry, 16, 50.0), procedure(), "dr.b");
        registry.recordFollowUp(procedure, new FollowUpRecord(DAY.plusDays(3), 6, 2, 5.0, null), "dr.b");
        registry.recordFollowUp(procedure, new FollowUpRecord(DAY.plusDays(28), 3, i < 7 ? 11 : 12,
            i < 8 ? (i < 2 ? 40.0 : 41.0) : null, 0), "dr.b");
      }
      long noBaseline = registry.recordProcedure(saved(registry, "P01-osteoporotic-classic"), procedure(), "dr.b");
      registry.recordFollowUp(noBaseline, new FollowUpRecord(DAY.plusDays(28), 3, 0, 0.0, 0), "dr.b");

      EtiologyAudit osteoporosis = registry.audit().stream().filter(a -> a.etiology().equals("osteoporosis"))
          .findFirst().orElseThrow();

      assertThat(osteoporosis.rmdqMinimalChange().events()).isEqualTo(7);
      assertThat(osteoporosis.rmdqMinimalChange().cases()).isEqualTo(10);
      assertThat(osteoporosis.rmdqMinimalChange().lowPercent()).isCloseTo(39.68, within(0.01));
      assertThat(osteoporosis.rmdqMinimalChange().highPercent()).isCloseTo(89.22, within(0.01));
      assertThat(osteoporosis.odiMinimalChange().events()).isEqualTo(2);
      assertThat(osteoporosis.odiMinimalChange().cases()).isEqualTo(8);
      assertThat(osteoporosis.odiMinimalChange().lowPercent()).isCloseTo(7.15, within(0.01));
      assertThat(osteoporosis.odiMinimalChange().highPercent()).isCloseTo(59.07, within(0.01));
      assertThat(osteoporosis.successes().cases()).as("the pain counts every follow-up").isEqualTo(11);
    }
  }

  long savedWithFunction(Registry registry, int rmdq, double odi) {
    String json = Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json").replaceFirst("\\{",
        "{\"function\": {\"rmdq\": " + rmdq + ", \"odi\": " + odi + "},");
    Case kase = new CaseReader(PACK, () -> READ_ON).read(json);
    return registry.saveCase(kase, Engine.withEmbeddedKnowledge().assess(kase), "dr.a");
  }

  @Test
  void aCaseReadsBackWithItsProceduresComplicationsFollowUpsAndPainCourse() {
    try (Registry registry = registry()) {
      long first = saved(registry, "P01-osteoporotic-classic");
      long second = saved(registry, "P02-malignant-indicated");
      long procedure = registry.recordProcedure(second, new ProcedureRecord(DAY, Technique.KYPHOPLASTY,
          Approach.UNIPEDICULAR, Guidance.CT, "dr.b", 9.0, Map.of(VertebralLevel.T7, 3.5, VertebralLevel.T8, 2.0)),
          "dr.b");
      registry.recordComplication(procedure, new ComplicationRecord(ComplicationRecord.OTHER, "vasovagal",
          Severity.MINOR, DAY), "dr.b");
      registry.recordFollowUp(procedure, new FollowUpRecord(DAY.plusDays(30), 4, 6, 20.0, 1), "dr.b");

      assertThat(registry.recentCases(10)).extracting(CaseSummary::id).containsExactly(second, first);
      assertThat(registry.recentCases(1)).hasSize(1);
      List<RecordedProcedure> procedures = registry.procedures(second);
      assertThat(procedures).singleElement().satisfies(p -> {
        assertThat(p.procedure().cementMlByLevel()).containsEntry(VertebralLevel.T7, 3.5).hasSize(2);
        assertThat(p.procedure().technique()).isEqualTo(Technique.KYPHOPLASTY);
        assertThat(p.complications()).extracting(ComplicationRecord::description).containsExactly("vasovagal");
        assertThat(p.followUps()).extracting(FollowUpRecord::newFractures).containsExactly(1);
        assertThat(p.followUps()).extracting(FollowUpRecord::rmdq).containsExactly(6);
        assertThat(p.followUps()).extracting(FollowUpRecord::odi).containsExactly(20.0);
      });
      assertThat(registry.procedures(first)).isEmpty();
      assertThat(registry.painCourses()).singleElement().isEqualTo(new PainCourse(second, "P02", "malignancy", 9.0,
          4.0));
      assertThatThrownBy(() -> registry.procedures(999_999)).isInstanceOf(RecordNotFound.class);
    }
  }

  @Test
  void aProcedureOnACaseWithoutARiskEtiologyIsAuditedAsUnknownEverywhere() {
    try (Registry registry = registry()) {
      long unknownCause = saved(registry, "P22-unknown-etiology"); // no level treatable, so no risk etiology
      registry.recordProcedure(unknownCause, procedure(), "dr.b");

      assertThat(registry.painCourses()).singleElement().extracting(PainCourse::etiology).isEqualTo("unknown");
      assertThat(registry.audit()).extracting(EtiologyAudit::etiology).containsExactly("unknown");
    }
  }
}
