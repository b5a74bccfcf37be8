package org.vapath.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.vapath.core.Case;
import org.vapath.core.model.Coagulopathy;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.Infection;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.MedicalTherapy;
import org.vapath.core.model.Neuro;
import org.vapath.core.model.Pain;
import org.vapath.core.model.Patient;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.Sins;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.TherapyResponse;

/** Edits of a case for property tests: each adds one contraindication, or removes one required fact. */
public final class CaseEdits {
  private CaseEdits() {
  }

  /** Each edit makes one contraindication of the reference hold. */
  @SuppressWarnings("ImmutableEnumChecker") // the edits are stateless lambdas
  public enum Contraindication implements UnaryOperator<Case> {
    PAIN_NONE(c -> with(c, new Pain(PainStatus.NONE, 0.0, null), c.medicalTherapy(), c.neuro(), c.infection(),
        c.coagulopathy(), c.allergies())),
    IMPROVING(c -> with(c, c.pain(), new MedicalTherapy(TherapyResponse.IMPROVING, null), c.neuro(), c.infection(),
        c.coagulopathy(), c.allergies())),
    INFECTION(c -> with(c, c.pain(), c.medicalTherapy(), c.neuro(), new Infection(InfectionStatus.SYSTEMIC),
        c.coagulopathy(), c.allergies())),
    COAGULOPATHY(c -> with(c, c.pain(), c.medicalTherapy(), c.neuro(), c.infection(),
        new Coagulopathy(CoagulopathyStatus.UNCORRECTABLE), c.allergies())),
    CEMENT_ALLERGY(c -> {
      List<String> allergies = new ArrayList<>(c.allergies() == null ? List.of() : c.allergies());
      allergies.add("methyl methacrylate");
      return with(c, c.pain(), c.medicalTherapy(), c.neuro(), c.infection(), c.coagulopathy(), allergies);
    }),
    FIRST_LEVEL_PAINLESS(c -> firstFracture(c, f -> Fractures.with(f, f.etiology(), f.retropulsion(),
        f.canalCompromiseByTumor(), false))),
    FIRST_LEVEL_CANAL_COMPROMISE(c -> firstFracture(c, f -> Fractures.with(f, f.etiology(), f.retropulsion(), true,
        f.painGenerator()))),
    FIRST_LEVEL_RETROPULSION_WITH_MYELOPATHY(c -> {
      Case myelopathy = with(c, c.pain(), c.medicalTherapy(), new Neuro(true, c.neuro().radiculopathy()),
          c.infection(), c.coagulopathy(), c.allergies());
      return firstFracture(myelopathy, f -> Fractures.with(f, f.etiology(), true, f.canalCompromiseByTumor(),
          f.painGenerator()));
    }),
    PREGNANT(c -> new Case(c.caseId(), c.assessedOn(), new Patient(c.patient().ageYears(), c.patient().sex(), true,
        c.patient().hospitalized(), c.patient().weightKg()), c.pain(), c.medicalTherapy(), c.neuro(), c.infection(),
        c.coagulopathy(), c.allergies(), c.medications(), c.renal(), c.labs(), c.imaging(), c.fractures(),
        c.recordIssues(), c.function(), c.osteoporosisCare()));

    private final UnaryOperator<Case> edit;

    Contraindication(UnaryOperator<Case> edit) {
      this.edit = edit;
    }

    @Override
    public Case apply(Case kase) {
      return edit.apply(kase);
    }
  }

  /** Each edit makes one required fact unknown. */
  @SuppressWarnings("ImmutableEnumChecker") // the edits are stateless lambdas
  public enum RequiredFact implements UnaryOperator<Case> {
    PAIN_STATUS(c -> with(c, Pain.UNKNOWN, c.medicalTherapy(), c.neuro(), c.infection(), c.coagulopathy(),
        c.allergies())),
    PLATELETS(c -> withLabs(c, LabTest.PLATELETS)),
    INR(c -> withLabs(c, LabTest.INR)),
    IMAGING(c -> new Case(c.caseId(), c.assessedOn(), c.patient(), c.pain(), c.medicalTherapy(), c.neuro(),
        c.infection(), c.coagulopathy(), c.allergies(), c.medications(), c.renal(), c.labs(), List.of(),
        c.fractures(), c.recordIssues(), c.function(), c.osteoporosisCare())),
    // A sacral level's cause is not asked (version 2: sacroplasty is another procedure), so it is not edited.
    ETIOLOGY(c -> firstFracture(c, f -> f.sacral() ? f : Fractures.with(f, Etiology.UNKNOWN, f.retropulsion(),
        f.canalCompromiseByTumor(), f.painGenerator()))),
    FRACTURES(c -> c.withFractures(null));

    private final UnaryOperator<Case> edit;

    RequiredFact(UnaryOperator<Case> edit) {
      this.edit = edit;
    }

    @Override
    public Case apply(Case kase) {
      return edit.apply(kase);
    }
  }

  /** Each edit adds one caution at the first fracture (or for the patient), and nothing else. */
  @SuppressWarnings("ImmutableEnumChecker") // the edits are stateless lambdas
  public enum Caution implements UnaryOperator<Case> {
    POSTERIOR_WALL(c -> firstFracture(c, f -> Fractures.v2(f, true, f.epiduralExtension(), f.sins(), f.bilskyGrade()))),
    EPIDURAL_EXTENSION(c -> firstFracture(c, f -> Fractures.v2(f, f.posteriorWallInvolved(), true, f.sins(),
        f.bilskyGrade()))),
    SINS_UNSTABLE(c -> firstFracture(c, f -> Fractures.v2(f, f.posteriorWallInvolved(), f.epiduralExtension(),
        Sins.ofTotal(15), f.bilskyGrade()))),
    SINS_POTENTIALLY_UNSTABLE(c -> firstFracture(c, f -> Fractures.v2(f, f.posteriorWallInvolved(),
        f.epiduralExtension(), Sins.ofTotal(9), f.bilskyGrade()))),
    HIGH_GRADE_CORD_COMPRESSION(c -> firstFracture(c, f -> Fractures.v2(f, f.posteriorWallInvolved(),
        f.epiduralExtension(), f.sins(), BilskyGrade.GRADE_3))),
    VERTEBRA_PLANA(c -> firstFracture(c, f -> Fractures.heightLoss(f, 85.0))),
    CHRONIC_LOW_PAIN(c -> c.withPain(new Pain(c.pain().status(), c.pain().status() == null ? c.pain().nrs() : 4.0,
        c.assessedOn().minusDays(200), c.pain().nrsDate())));

    private final UnaryOperator<Case> edit;

    Caution(UnaryOperator<Case> edit) {
      this.edit = edit;
    }

    @Override
    public Case apply(Case kase) {
      return edit.apply(kase);
    }
  }

  private static Case with(Case c, Pain pain, MedicalTherapy therapy, Neuro neuro, Infection infection,
      Coagulopathy coagulopathy, List<String> allergies) {
    return new Case(c.caseId(), c.assessedOn(), c.patient(), pain, therapy, neuro, infection, coagulopathy, allergies,
        c.medications(), c.renal(), c.labs(), c.imaging(), c.fractures(), c.recordIssues(), c.function(),
        c.osteoporosisCare());
  }

  private static Case withLabs(Case c, LabTest removed) {
    List<LabResult> labs = c.labs().stream().filter(l -> l.test() != removed).toList();
    return new Case(c.caseId(), c.assessedOn(), c.patient(), c.pain(), c.medicalTherapy(), c.neuro(), c.infection(),
        c.coagulopathy(), c.allergies(), c.medications(), c.renal(), labs, c.imaging(), c.fractures(),
        c.recordIssues(), c.function(), c.osteoporosisCare());
  }

  private static Case firstFracture(Case c, UnaryOperator<Fracture> edit) {
    if (c.fracturesOrNone().isEmpty()) {
      return c;
    }
    List<Fracture> fractures = new ArrayList<>(c.fractures());
    fractures.set(0, edit.apply(fractures.get(0)));
    return c.withFractures(fractures);
  }
}
