package org.vapath.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vapath.core.assessment.AppliedOverride;
import org.vapath.core.catalogue.FindingCode;
import org.vapath.core.catalogue.Kind;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.BilskyScale;
import org.vapath.core.knowledge.CementIngredient;
import org.vapath.core.knowledge.ClearanceFormula;
import org.vapath.core.knowledge.Complication;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.CoveragePolicy;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.knowledge.GenantBands;
import org.vapath.core.knowledge.GuidancePolicy;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.knowledge.OutcomeDefinition;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.knowledge.Terminology;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.LabTest;

/**
 * Everything the engine knows, as versioned data with a source for each fact
 * (docs/sources/clinical-knowledge.md), and the institutional overrides applied to it. The pack
 * shipped with VAPath is read by {@link org.vapath.core.json.KnowledgePackJson#embedded()}: the pack
 * itself knows nothing of JSON.
 */
public record KnowledgePack(
    String version,
    String title,
    Map<String, String> sources,
    Map<String, Threshold> thresholds,
    Map<LabTest, LabSpec> labs,
    Map<Etiology, EtiologyFacts> etiologies,
    List<Complication> complications,
    OutcomeDefinition outcomes,
    GenantBands genant,
    SinsScale sins,
    BilskyScale bilsky,
    GuidancePolicy guidance,
    List<CementIngredient> cementIngredients,
    List<Antithrombotic> antithrombotics,
    String prescriberDecisionText,
    Terminology terminology,
    CoveragePolicy coverage,
    ClearanceFormula clearance,
    List<AppliedOverride> overrides) {

  public static final String INR_MAX = "inr.max";
  public static final String PLATELETS_MIN = "platelets.min";
  public static final String LAB_VALIDITY_DAYS = "labs.validityDays";
  public static final String INR_RECHECK_DAYS = "inr.recheckDays";
  public static final String PAIN_SCORE_VALIDITY_DAYS = "pain.scoreValidityDays";
  public static final String KYPHOPLASTY_HEIGHT_LOSS = "kyphoplasty.heightLossAbovePercent";
  public static final String SUBACUTE_FROM_DAYS = "acuity.subacuteFromDays";
  public static final String CHRONIC_FROM_DAYS = "acuity.chronicFromDays";
  public static final String COVERAGE_INPATIENT_NRS = "pain.coverageInpatientNrs";
  public static final String COVERAGE_OUTPATIENT_NRS = "pain.coverageOutpatientNrs";
  public static final String COVERAGE_HEIGHT_LOSS = "coverage.heightLossAbovePercent";
  public static final String COVERAGE_RMDQ = "coverage.rmdqAbove";
  public static final String CHRONIC_LOW_PAIN_NRS = "chronicLowPain.maxNrs";
  public static final String MAX_LEVELS = "levels.maxPerSession";
  public static final String VERTEBRA_PLANA = "vertebraPlana.heightLossFromPercent";
  public static final String SINS_POTENTIALLY_UNSTABLE = "sins.potentiallyUnstableFrom";
  public static final String SINS_UNSTABLE = "sins.unstableFrom";
  public static final String WBC_MAX = "wbc.max";
  public static final String PREGNANCY_AGE_FROM = "pregnancy.ageFrom";
  public static final String PREGNANCY_AGE_TO = "pregnancy.ageTo";
  public static final String FOLLOW_UP_FROM_DAYS = "followUp.firstVisitFromDays";
  public static final String FOLLOW_UP_TO_DAYS = "followUp.firstVisitToDays";
  private static final List<String> REQUIRED = List.of(INR_MAX, PLATELETS_MIN, LAB_VALIDITY_DAYS, INR_RECHECK_DAYS,
      PAIN_SCORE_VALIDITY_DAYS, KYPHOPLASTY_HEIGHT_LOSS, SUBACUTE_FROM_DAYS, CHRONIC_FROM_DAYS, COVERAGE_INPATIENT_NRS,
      COVERAGE_OUTPATIENT_NRS, COVERAGE_HEIGHT_LOSS, COVERAGE_RMDQ, CHRONIC_LOW_PAIN_NRS, MAX_LEVELS, VERTEBRA_PLANA,
      SINS_POTENTIALLY_UNSTABLE, SINS_UNSTABLE, WBC_MAX, PREGNANCY_AGE_FROM, PREGNANCY_AGE_TO, FOLLOW_UP_FROM_DAYS,
      FOLLOW_UP_TO_DAYS);

  public KnowledgePack {
    sources = Map.copyOf(sources);
    thresholds = Map.copyOf(thresholds);
    labs = Map.copyOf(labs);
    etiologies = byEtiology(etiologies);
    complications = List.copyOf(complications);
    cementIngredients = List.copyOf(cementIngredients);
    antithrombotics = List.copyOf(antithrombotics);
    overrides = List.copyOf(overrides);
    for (String id : REQUIRED) {
      if (!thresholds.containsKey(id)) {
        throw new KnowledgeError("knowledge pack " + version + " lacks threshold " + id);
      }
    }
    for (LabTest test : LabTest.values()) {
      Objects.requireNonNull(labs.get(test), () -> "knowledge pack lacks lab " + test);
    }
    etiologies.forEach((etiology, facts) -> {
      // An indication the catalogue does not know would reach the adapters without a label or sources.
      if (facts.isIndication() && FindingCode.find(Kind.INDICATION, facts.indication()) == null) {
        throw new KnowledgeError("knowledge pack " + version + ": etiology " + etiology + " names indication "
            + facts.indication() + ", which is not an indication of the catalogue");
      }
    });
  }

  /** A read-only enum map (the engine looks an etiology up several times per fracture), refusing nulls. */
  private static Map<Etiology, EtiologyFacts> byEtiology(Map<Etiology, EtiologyFacts> given) {
    Map<Etiology, EtiologyFacts> copy = new EnumMap<>(Etiology.class);
    copy.putAll(Map.copyOf(given));
    return Collections.unmodifiableMap(copy);
  }

  public Threshold threshold(String id) {
    Threshold threshold = thresholds.get(id);
    if (threshold == null) {
      throw new KnowledgeError("no threshold " + id + " in knowledge pack " + version);
    }
    return threshold;
  }

  public LabSpec lab(LabTest test) {
    return labs.get(test);
  }

  /** The facts of an etiology; {@code null} for {@link Etiology#UNKNOWN}. */
  public EtiologyFacts etiology(Etiology etiology) {
    return etiologies.get(etiology);
  }

  /**
   * A pack with the given thresholds replaced. Each id must exist and each value must lie in the
   * threshold's safe range; {@code origin} names where the overrides came from.
   */
  public KnowledgePack withThresholds(Map<String, Double> values, String origin) {
    Map<String, Threshold> changed = new HashMap<>(thresholds);
    List<AppliedOverride> applied = new ArrayList<>(overrides);
    values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      Threshold current = thresholds.get(entry.getKey());
      if (current == null) {
        throw new KnowledgeError(origin + ": thresholds." + entry.getKey() + ": no such threshold; known: "
            + String.join(", ", thresholds.keySet().stream().sorted().toList()));
      }
      double value = entry.getValue();
      if (value < current.safeMin() || value > current.safeMax()) {
        throw new KnowledgeError(origin + ": thresholds." + entry.getKey() + ": " + value
            + " is outside the safe range " + current.safeMin() + ".." + current.safeMax() + " " + current.unit());
      }
      changed.put(entry.getKey(), current.withValue(value));
      applied.add(new AppliedOverride(entry.getKey(), value, current.value(), origin));
    });
    return new KnowledgePack(version, title, sources, changed, labs, etiologies, complications, outcomes, genant,
        sins, bilsky, guidance, cementIngredients, antithrombotics, prescriberDecisionText, terminology, coverage,
        clearance, applied);
  }

  /**
   * A copy with an institution's codes added to the terminology (e.g. its SNOMED CT codes), each
   * for a meaning and value the pack already has: an institution may name a known fact with its
   * own code, never invent a fact nor change what a code of the pack means. Named in every
   * assessment as the override {@code terminology.concepts} (the number added).
   */
  public KnowledgePack withConcepts(List<Concept> added, String origin) {
    for (Concept concept : added) {
      boolean known = terminology.concepts().stream().anyMatch(c -> c.means().equals(concept.means())
          && java.util.Objects.equals(c.value(), concept.value()));
      if (!known) {
        throw new KnowledgeError(origin + ": terminology concept " + concept.code() + ": means \"" + concept.means()
            + "\"" + (concept.value() == null ? "" : " with value \"" + concept.value() + "\"")
            + ", which no concept of the pack means; an institution's codes may only name facts the pack knows");
      }
      if (terminology.find(concept.system(), concept.code()) != null) {
        throw new KnowledgeError(origin + ": terminology concept " + concept.code() + " of " + concept.system()
            + " is already in the pack; its meaning cannot be changed");
      }
    }
    List<AppliedOverride> applied = new ArrayList<>(overrides);
    applied.add(new AppliedOverride("terminology.concepts", added.size(), 0, origin));
    return new KnowledgePack(version, title, sources, thresholds, labs, etiologies, complications, outcomes, genant,
        sins, bilsky, guidance, cementIngredients, antithrombotics, prescriberDecisionText, terminology.with(added),
        coverage, clearance, applied);
  }
}
