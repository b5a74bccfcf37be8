package org.vapath.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.vapath.core.Case;
import org.vapath.core.model.Coagulopathy;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.FunctionScores;
import org.vapath.core.model.MedicationRoute;
import org.vapath.core.model.OsteoporosisCare;
import org.vapath.core.model.Sins;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Infection;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.MedicalTherapy;
import org.vapath.core.model.Medication;
import org.vapath.core.model.Modality;
import org.vapath.core.model.Neuro;
import org.vapath.core.model.Pain;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Renal;
import org.vapath.core.model.Sex;
import org.vapath.core.model.TherapyResponse;
import org.vapath.core.model.VertebralLevel;

/** Random but valid cases for property tests: every fact may be known, unknown or absent. */
public final class CaseArbitraries {
  public static final LocalDate ON = CaseBuilder.ASSESSED_ON;

  private CaseArbitraries() {
  }

  /**
   * Cases near the indicated one: each fact takes its usual value most of the time and any other
   * value (unknown included) otherwise, so that every decision is reached often.
   */
  public static Arbitrary<Case> cases() {
    Arbitrary<Pain> pain = usually(PainStatus.ONGOING, PainStatus.class).map(s -> new Pain(s, 7.0, null));
    Arbitrary<MedicalTherapy> therapy = usually(TherapyResponse.NOT_IMPROVING, TherapyResponse.class)
        .map(s -> new MedicalTherapy(s, null));
    Arbitrary<Neuro> neuro = Combinators.combine(usually(false), usually(false)).as(Neuro::new);
    Arbitrary<Infection> infection = usually(InfectionStatus.NONE, InfectionStatus.class).map(Infection::new);
    Arbitrary<Coagulopathy> coagulopathy = usually(CoagulopathyStatus.NONE, CoagulopathyStatus.class)
        .map(Coagulopathy::new);
    Arbitrary<List<String>> allergies = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(List.<String>of())),
        Tuple.of(3, Arbitraries.of("PMMA", "latex", "iodinated contrast", "penicillin", "benzoyl peroxide")
            .list().ofMinSize(1).ofMaxSize(2)),
        Tuple.of(1, Arbitraries.just((List<String>) null)));
    Arbitrary<Renal> renal = Arbitraries.doubles().between(5, 130).injectNull(0.3).map(Renal::new);
    return Combinators.combine(pain, therapy, neuro, infection, coagulopathy, allergies, renal, medications())
        .as((p, t, n, i, c, a, r, m) -> new Case("RANDOM", ON, new Patient(75, Sex.FEMALE), p, t, n, i, c, a, m, r,
            List.of(), List.of(), null))
        .flatMap(base -> Combinators.combine(labs(), imaging(), fractures(), patients(), versionTwo())
            .as((labs, imaging, fractures, patient, care) -> new Case(base.caseId(), ON, patient, base.pain(),
                base.medicalTherapy(), base.neuro(), base.infection(), base.coagulopathy(), base.allergies(),
                base.medications(), base.renal(), labs, imaging, fractures, List.of(), care.get1(), care.get2())));
  }

  /** Mostly the usual 75-year-old woman; sometimes younger, a man, or unknown; rarely pregnant. */
  private static Arbitrary<Patient> patients() {
    Arbitrary<Patient> other = Combinators.combine(Arbitraries.integers().between(12, 95).injectNull(0.1),
        Arbitraries.of(Sex.class).injectNull(0.1), Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(false)),
            Tuple.of(1, Arbitraries.just(true))).injectNull(0.5), Arbitraries.of(true, false).injectNull(0.5),
        Arbitraries.doubles().between(35, 120).injectNull(0.5))
        .as(Patient::new);
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(new Patient(75, Sex.FEMALE))), Tuple.of(1, other));
  }

  /** The disability scores and the bone health care of version 2, any of them unknown. */
  private static Arbitrary<Tuple.Tuple2<FunctionScores, OsteoporosisCare>> versionTwo() {
    Arbitrary<FunctionScores> function = Arbitraries.integers().between(0, 24).injectNull(0.5)
        .map(rmdq -> new FunctionScores(rmdq, null));
    Arbitrary<OsteoporosisCare> care = Combinators.combine(Arbitraries.of(true, false).injectNull(0.5),
        Arbitraries.of(true, false).injectNull(0.5)).as(OsteoporosisCare::new);
    return Combinators.combine(function, care).as(Tuple::of);
  }

  /** The usual value four times in five; any value of the type, or unknown, otherwise. */
  private static <E extends Enum<E>> Arbitrary<E> usually(E usual, Class<E> type) {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(usual)),
        Tuple.of(1, Arbitraries.of(type).injectNull(0.3)));
  }

  private static Arbitrary<Boolean> usually(boolean usual) {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(usual)),
        Tuple.of(1, Arbitraries.of(true, false).injectNull(0.4)));
  }

  private static Arbitrary<List<Medication>> medications() {
    Arbitrary<Medication> one = Combinators.combine(
        Arbitraries.of("warfarin", "Eliquis 5 mg tablet", "rivaroxaban", "dabigatran", "enoxaparin", "clopidogrel",
            "aspirin 81 mg", "ticagrelor", "metoprolol", "fondaparinux", "heparin", "naproxen", "cilostazol"),
        Arbitraries.integers().between(0, 10).injectNull(0.4),
        Arbitraries.of(DoseIntensity.class).injectNull(0.5))
        .as((name, daysAgo, intensity) -> new Medication(name, daysAgo == null ? null : ON.minusDays(daysAgo),
            intensity))
        .flatMap(m -> Arbitraries.of(MedicationRoute.class).injectNull(0.5)
            .map(route -> new Medication(m.name(), m.lastDose(), m.intensity(), null, route)));
    return one.list().ofMaxSize(3).injectNull(0.15);
  }

  private static Arbitrary<List<LabResult>> labs() {
    Arbitrary<List<LabResult>> current = Combinators.combine(Arbitraries.doubles().between(10, 400),
        Arbitraries.doubles().between(0.8, 3.5), Arbitraries.integers().between(0, 30))
        .as((platelets, inr, daysAgo) -> List.of(new LabResult(LabTest.PLATELETS, platelets, ON.minusDays(daysAgo)),
            new LabResult(LabTest.INR, inr, ON.minusDays(daysAgo))));
    Arbitrary<LabResult> any = Combinators.combine(Arbitraries.of(LabTest.class),
        Arbitraries.doubles().between(0.5, 400), Arbitraries.integers().between(0, 60).injectNull(0.1))
        .as((test, value, daysAgo) -> new LabResult(test, test == LabTest.INR ? Math.min(value, 6)
            : test == LabTest.CREATININE ? Math.min(value, 15) : value,
            daysAgo == null ? null : ON.minusDays(daysAgo)));
    return Arbitraries.frequencyOf(Tuple.of(4, current), Tuple.of(1, any.list().ofMaxSize(4)));
  }

  private static Arbitrary<List<ImagingStudy>> imaging() {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.of(new ImagingStudy(Modality.MRI, ON)))),
        Tuple.of(1, Arbitraries.of(Modality.class).set().ofMaxSize(3)
            .map(set -> set.stream().map(m -> new ImagingStudy(m, ON.minusDays(10))).toList())));
  }

  /** The findings of version 2 at a level (carried on a fracture whose version 1 part is ignored). */
  private static Arbitrary<Fracture> findings() {
    Arbitrary<Sins> sins = Arbitraries.integers().between(0, 18).map(Sins::ofTotal).injectNull(0.7);
    Arbitrary<BilskyGrade> bilsky = Arbitraries.of(BilskyGrade.class).injectNull(0.7);
    Arbitrary<Boolean> finding = Arbitraries.of(true, false).injectNull(0.5);
    return Combinators.combine(finding, finding, finding, finding, finding, sins, bilsky)
        .as((wall, epidural, kyphotic, progression, uptake, score, grade) -> new Fracture(null, null, null, null, null,
            null, null, wall, epidural, kyphotic, progression, uptake, score, grade));
  }

  private static Arbitrary<List<Fracture>> fractures() {
    Arbitrary<Fracture> fracture = Combinators.combine(usually(Etiology.OSTEOPOROSIS, Etiology.class),
        Arbitraries.doubles().between(0, 90).injectNull(0.2), usually(true), usually(false), usually(false),
        usually(true))
        .as((etiology, loss, edema, retropulsion, canal, painGenerator) -> new Fracture(null, etiology, loss, edema,
            retropulsion, canal, painGenerator));
    Arbitrary<List<VertebralLevel>> levels = Arbitraries.of(VertebralLevel.class).set().ofMinSize(1).ofMaxSize(3)
        .map(ArrayList::new);
    Arbitrary<List<Fracture>> some = levels.flatMap(ls -> fracture.list().ofSize(ls.size()).map(fs -> {
      List<Fracture> placed = new ArrayList<>();
      for (int i = 0; i < ls.size(); i++) {
        Fracture f = fs.get(i);
        placed.add(new Fracture(ls.get(i), f.etiology(), f.heightLossPercent(), f.edema(), f.retropulsion(),
            f.canalCompromiseByTumor(), f.painGenerator(), f.posteriorWallInvolved(), f.epiduralExtension(),
            f.kyphoticDeformity(), f.heightLossProgression(), f.boneScanUptake(), f.sins(), f.bilskyGrade()));
      }
      return placed;
    }).flatMap(list -> findings().list().ofSize(list.size()).map(extra -> {
      List<Fracture> withFindings = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Fracture f = list.get(i);
        Fracture e = extra.get(i);
        withFindings.add(new Fracture(f.level(), f.etiology(), f.heightLossPercent(), f.edema(), f.retropulsion(),
            f.canalCompromiseByTumor(), f.painGenerator(), e.posteriorWallInvolved(), e.epiduralExtension(),
            e.kyphoticDeformity(), e.heightLossProgression(), e.boneScanUptake(), e.sins(), e.bilskyGrade()));
      }
      return withFindings;
    })));
    return Arbitraries.frequencyOf(Tuple.of(16, some), Tuple.of(3, Arbitraries.just(List.<Fracture>of())),
        Tuple.of(1, Arbitraries.just((List<Fracture>) null)));
  }
}
