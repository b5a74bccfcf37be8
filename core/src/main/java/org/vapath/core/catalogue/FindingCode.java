package org.vapath.core.catalogue;

import static org.vapath.core.catalogue.Kind.CAUTION;
import static org.vapath.core.catalogue.Kind.CONTRAINDICATION;
import static org.vapath.core.catalogue.Kind.COVERAGE;
import static org.vapath.core.catalogue.Kind.FOLLOW_UP;
import static org.vapath.core.catalogue.Kind.INDICATION;
import static org.vapath.core.catalogue.Kind.LEVEL_REASON;
import static org.vapath.core.catalogue.Kind.MISSING;
import static org.vapath.core.catalogue.Kind.PREPARATION;
import static org.vapath.core.catalogue.Kind.TO_VERIFY;
import static org.vapath.core.catalogue.Kind.WORKUP;
import static org.vapath.core.catalogue.Mark.CONFIRM;
import static org.vapath.core.catalogue.Mark.PUBLISHED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every finding the engine can emit, declared once: the code written in the assessment, the list it
 * belongs to, a plain label (a noun phrase, lower case, that a card summary or a page can use), the
 * ids of the knowledge pack's sources it rests on, and, for work-up, what to order.
 *
 * <p>A code may stand in two lists with two meanings ({@code PAIN_STATUS} missing, and to verify
 * when only a pain score speaks of pain): each pair is two constants. A finding built from pack data
 * (a drug's hold, a threshold) cites the pack's own source, always one of the sources listed here. An
 * entry marked {@link Mark#CONFIRM} rests on secondary summaries: its findings say "(confirm)".
 */
public enum FindingCode {
  PAINFUL_OSTEOPOROTIC_VCF(INDICATION, "painful osteoporotic compression fracture", Sources.REF),
  PAINFUL_MALIGNANT_VCF(INDICATION, "painful compression fracture from malignancy", Sources.REF),
  PAINFUL_HEMANGIOMA_VCF(INDICATION, "painful compression fracture from hemangioma", Sources.REF),

  ASYMPTOMATIC(CONTRAINDICATION, "asymptomatic fracture", Sources.REF),
  IMPROVING_WITH_MEDICAL_THERAPY(CONTRAINDICATION, "improving with medical therapy", Sources.REF),
  ACTIVE_INFECTION(CONTRAINDICATION, "active infection", Sources.REF),
  RETROPULSION_WITH_MYELOPATHY(CONTRAINDICATION, "retropulsion with myelopathy", Sources.REF),
  TUMOR_CANAL_COMPROMISE(CONTRAINDICATION, "canal compromise by tumor", Sources.REF),
  UNCORRECTABLE_COAGULOPATHY(CONTRAINDICATION, "uncorrectable coagulopathy", Sources.REF),
  CEMENT_ALLERGY(CONTRAINDICATION, "allergy to a bone cement ingredient", Sources.REF, Sources.PMMA),
  PREGNANCY(CONTRAINDICATION, "pregnancy", CONFIRM, Sources.LCD_SUM),

  FRACTURES(MISSING, "fracture list", Sources.REF),
  SPINE_RADIOGRAPH(MISSING, "spine radiograph", Sources.REF),
  ETIOLOGY(MISSING, "fracture cause", Sources.REF),
  PAIN_STATUS(MISSING, "pain status", Sources.REF),
  PLATELET_COUNT(MISSING, "platelet count", Sources.REF),
  INR(MISSING, "INR", Sources.REF),
  WBC(MISSING, "WBC count", Sources.REF),
  CROSS_SECTIONAL_IMAGING(MISSING, "CT or MRI", Sources.REF),
  RECORD_UNREADABLE_MISSING("RECORD_UNREADABLE", MISSING, "record unreadable", List.of(Sources.REF), List.of()),
  RETROPULSION_STATUS(MISSING, "retropulsion or canal compromise at a level, with myelopathy", Sources.REF),

  MEDICAL_THERAPY_RESPONSE(TO_VERIFY, "response to medical therapy", Sources.REF),
  INFECTION_STATUS(TO_VERIFY, "infection status", Sources.REF),
  INFECTION_TO_EXCLUDE(TO_VERIFY, "suspected infection to exclude", Sources.REF),
  NEURO_EXAM(TO_VERIFY, "neurological examination", Sources.REF),
  COAGULOPATHY_STATUS(TO_VERIFY, "bleeding disorder and whether it is correctable", Sources.REF),
  ALLERGIES(TO_VERIFY, "allergies", Sources.REF),
  MEDICATIONS(TO_VERIFY, "current medications", Sources.SIR_HEM),
  MEDICATION_UNRESOLVED(TO_VERIFY, "medication that names no drug", Sources.SIR_HEM),
  PAIN_GENERATOR(TO_VERIFY, "fracture concordant with the pain", Sources.REF),
  RETROPULSION(TO_VERIFY, "retropulsed fragments", Sources.REF),
  CANAL_COMPROMISE_BY_TUMOR(TO_VERIFY, "canal compromise by tumor", Sources.REF),
  PAIN_STATUS_TO_VERIFY("PAIN_STATUS", TO_VERIFY, "pain status", List.of(Sources.REF), List.of()),
  MEDICATION_NOT_RECOGNISED(TO_VERIFY, "medication not recognised as an antithrombotic", Sources.SIR_HEM),
  CREATININE_CLEARANCE(TO_VERIFY, "creatinine clearance", Sources.ACC_AF),
  DOSE_INTENSITY(TO_VERIFY, "dose intensity", Sources.SIR_HEM),
  RECORD_UNREADABLE(TO_VERIFY, "unreadable part of the record", Sources.REF),
  LEUKOCYTOSIS(TO_VERIFY, "white cell count above normal", Sources.HEMADV_WBC, Sources.MSD_WBC),
  PREGNANCY_STATUS(TO_VERIFY, "pregnancy status", CONFIRM, Sources.LCD_SUM, Sources.INSTITUTIONAL_DEFAULT),
  READ_FROM_REPORT(TO_VERIFY, "fact read from a radiology report's text", Sources.REF),
  REPORT_HEDGED(TO_VERIFY, "fact a radiology report leaves uncertain", Sources.REF),
  REPORT_CONFLICT(TO_VERIFY, "fact on which a report and the record disagree", Sources.REF),

  ORDER_SPINE_RADIOGRAPH(WORKUP, "spine radiograph", Sources.REF,
      new Orderable("imaging", "radiograph", "Radiograph of the spine")),
  ORDER_CT_OR_MRI(WORKUP, "CT or MRI of the spine", Sources.REF,
      Orderable.SPINE_MRI, new Orderable("imaging", "ct", "CT of the spine")),
  ORDER_MRI(WORKUP, "MRI of the spine", Sources.REF, Orderable.SPINE_MRI),
  ORDER_PLATELET_COUNT(WORKUP, "platelet count", Sources.REF, new Orderable("lab", "platelets", "Platelet count")),
  ORDER_INR(WORKUP, "INR", Sources.REF, new Orderable("lab", "inr", "INR")),
  ORDER_WBC(WORKUP, "WBC count", Sources.REF, new Orderable("lab", "wbc", "WBC count")),

  HOLD_ANTITHROMBOTIC(PREPARATION, "antithrombotic to hold", PUBLISHED, Sources.SIR_HEM, Sources.ACC_AF,
      Sources.ASRA_TABLE, Sources.INSTITUTIONAL_DEFAULT),
  PRESCRIBER_DECISION(PREPARATION, "antithrombotic hold to decide with the prescriber", PUBLISHED, Sources.SIR_HEM,
      Sources.ACC_AF, Sources.ASRA_TABLE, Sources.INSTITUTIONAL_DEFAULT),
  CLEARANCE_BELOW_HOLD_TABLE(PREPARATION, "creatinine clearance below the hold table", PUBLISHED, Sources.SIR_HEM,
      Sources.ACC_AF, Sources.ASRA_TABLE, Sources.INSTITUTIONAL_DEFAULT),
  CORRECT_INR(PREPARATION, "INR to correct", Sources.SIR_HEM),
  RECHECK_INR(PREPARATION, "INR to recheck", Sources.ACC_AF, Sources.INSTITUTIONAL_DEFAULT),
  CONSIDER_PLATELET_TRANSFUSION(PREPARATION, "platelet transfusion to consider", Sources.SIR_HEM),

  MORE_THAN_THREE_LEVELS(CAUTION, "more than three levels in one session", CONFIRM, Sources.LCD_SUM,
      Sources.EVICORE),
  NEUROLOGICAL_DEFICIT(CAUTION, "neurological deficit", CONFIRM, Sources.LCD_SUM, Sources.LCD_RUBRIC),
  POSTERIOR_WALL_INVOLVED(CAUTION, "posterior wall involved", Sources.BCBS, Sources.NASS_NEO),
  EPIDURAL_EXTENSION(CAUTION, "epidural tumour extension", Sources.EVICORE, Sources.NASS_NEO),
  VERTEBRA_PLANA(CAUTION, "vertebra plana", PUBLISHED, Sources.NASS_NEO, Sources.INSTITUTIONAL_DEFAULT),
  CHRONIC_LOW_PAIN(CAUTION, "chronic fracture with low pain", Sources.NASS_OST),
  SINS_POTENTIALLY_UNSTABLE(CAUTION, "potentially unstable spine by SINS", Sources.SINS),
  SINS_UNSTABLE(CAUTION, "unstable spine by SINS", Sources.SINS),
  HIGH_GRADE_CORD_COMPRESSION(CAUTION, "high-grade epidural cord compression", Sources.BILSKY),
  CERVICAL_LEVEL(CAUTION, "cervical level", CONFIRM, Sources.LCD_SUM, Sources.EVICORE),

  BMD_REFERRAL(FOLLOW_UP, "bone density (DXA) referral", Sources.HIRSCH, Sources.BHOF),
  OSTEOPOROSIS_TREATMENT(FOLLOW_UP, "osteoporosis treatment", PUBLISHED, Sources.ASBMR, Sources.HIRSCH,
      Sources.BHOF),
  FRACTURE_LIAISON(FOLLOW_UP, "fracture liaison service", Sources.ASBMR),
  RADIATION_ONCOLOGY_OPINION(FOLLOW_UP, "radiation oncology opinion", Sources.NASS_NEO),
  BIOPSY_AT_AUGMENTATION(FOLLOW_UP, "biopsy at the time of augmentation", Sources.INSTITUTIONAL_DEFAULT),
  FIRST_FOLLOW_UP(FOLLOW_UP, "first follow-up visit", Sources.HIRSCH),

  // MRI first: the knowledge's confirmation of an acute or subacute fracture is MRI, or bone scan/SPECT/CT
  COV_ACUTE_IMAGING(COVERAGE, "acute or subacute fracture confirmed on imaging", CONFIRM,
      List.of(Sources.LCD_SUM, Sources.LCD_RUBRIC), Orderable.SPINE_MRI),
  COV_PAIN_THRESHOLD(COVERAGE, "pain at the payers' threshold", CONFIRM, Sources.LCD_SUM),
  COV_TRAJECTORY(COVERAGE, "pain trajectory", CONFIRM, Sources.LCD_SUM, Sources.LCD_RUBRIC),
  COV_MALIGNANT_INTRACTABLE(COVERAGE, "malignant fracture pain unresponsive to medical therapy", CONFIRM,
      Sources.LCD_SUM),
  COV_LEVELS(COVERAGE, "levels the policy covers", CONFIRM, Sources.LCD_SUM, Sources.LCD_RUBRIC),
  // no code: the knowledge names no verified code for a bone density test, so the order is in words only
  COV_BMD_REFERRAL(COVERAGE, "bone density referral documented", CONFIRM, List.of(Sources.LCD_SUM),
      new Orderable("referral", "bone-density", "Bone density (DXA) evaluation")),
  COV_NO_CONTRAINDICATION(COVERAGE, "no contraindication", CONFIRM, Sources.LCD_SUM),

  SACRAL_LEVEL(LEVEL_REASON, "sacral level, not a vertebral augmentation", Sources.EVICORE, Sources.RAD601),
  ETIOLOGY_NOT_AN_INDICATION(LEVEL_REASON, "cause that is not an indication", Sources.REF);

  private static final Map<Kind, Map<String, FindingCode>> BY_KIND = index();

  private final String code;
  private final Kind kind;
  private final String label;
  private final boolean confirm;
  @SuppressWarnings("ImmutableEnumChecker") // List.copyOf: unmodifiable
  private final List<String> sources;
  @SuppressWarnings("ImmutableEnumChecker") // List.copyOf: unmodifiable, of records
  private final List<Orderable> orders;

  FindingCode(Kind kind, String label, String source, Orderable... orders) {
    this(null, kind, label, List.of(source), List.of(orders));
  }

  FindingCode(Kind kind, String label, String first, String second) {
    this(null, kind, label, List.of(first, second), List.of());
  }

  FindingCode(Kind kind, String label, Mark mark, String... sources) {
    this(null, kind, label, mark, List.of(sources));
  }

  FindingCode(String code, Kind kind, String label, List<String> sources, List<Orderable> orders) {
    this(code, kind, label, Mark.PUBLISHED, sources, orders);
  }

  FindingCode(String code, Kind kind, String label, Mark mark, List<String> sources) {
    this(code, kind, label, mark, sources, List.of());
  }

  FindingCode(Kind kind, String label, Mark mark, List<String> sources, Orderable... orders) {
    this(null, kind, label, mark, sources, List.of(orders));
  }

  FindingCode(String code, Kind kind, String label, Mark mark, List<String> sources, List<Orderable> orders) {
    this.code = code == null ? name() : code;
    this.kind = kind;
    this.label = label;
    this.confirm = mark == Mark.CONFIRM;
    this.sources = List.copyOf(sources);
    this.orders = List.copyOf(orders);
  }

  /** The code as the assessment writes it. */
  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }

  /** A plain noun phrase, lower case but for abbreviations: "uncorrectable coagulopathy", "INR". */
  public String label() {
    return label;
  }

  /** Whether the entry rests on secondary summaries only: its findings show "(confirm)". */
  public boolean confirm() {
    return confirm;
  }

  /** The ids of the knowledge pack's sources, in order; a finding cites these or a subset. */
  public List<String> sources() {
    return sources;
  }

  /**
   * What a work-up finding asks to order, or what documents a coverage criterion that is not met or
   * unknown; empty for every other kind.
   */
  public List<Orderable> orders() {
    return orders;
  }

  /** The entry with this code in this list, or {@code null} when the catalogue has none. */
  public static FindingCode find(Kind kind, String code) {
    return BY_KIND.get(kind).get(Objects.requireNonNull(code, "code == null"));
  }

  /** The entries of one list, in catalogue order. */
  public static List<FindingCode> of(Kind kind) {
    List<FindingCode> entries = new ArrayList<>();
    for (FindingCode entry : values()) {
      if (entry.kind == kind) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static Map<Kind, Map<String, FindingCode>> index() {
    Map<Kind, Map<String, FindingCode>> index = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      index.put(kind, new HashMap<>());
    }
    for (FindingCode entry : values()) {
      if (index.get(entry.kind).put(entry.code, entry) != null) {
        throw new IllegalStateException("two catalogue entries for " + entry.kind + " " + entry.code);
      }
    }
    return index;
  }
}
