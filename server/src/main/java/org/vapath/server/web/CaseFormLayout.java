package org.vapath.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.text.PlainWords;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.MedicationRoute;
import org.vapath.core.model.Modality;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.Sex;
import org.vapath.core.model.TherapyResponse;
import org.vapath.core.model.VertebralLevel;

/**
 * Every field of the case format, in the order a clinician fills them: the fractures first, then
 * pain and therapy, infection, neurology, labs, medications, allergies, imaging, the patient.
 * Lists whose absence means "not recorded" (fractures, medications, allergies) have a status of
 * their own, so that "none" is said, never assumed.
 */
record CaseFormLayout(List<Section> sections) {

  /**
   * A titled part of the form: single fields, and a list of rows when {@code rows} is set.
   * {@code recordedList} names the list whose absence means "not recorded", so that the form asks
   * whether it is unknown, none, or as listed.
   */
  record Section(String title, String hint, List<FormField> fields, Rows rows, String recordedList) {
    Section(String title, String hint, List<FormField> fields, Rows rows) {
      this(title, hint, fields, rows, rows == null ? null : rows.recordedList());
    }
  }

  /** A repeated group: {@code labs[0].value}, {@code labs[1].value}, ... */
  record Rows(String name, String rowLabel, List<FormField> columns, int minimumRows, boolean recorded) {
    String recordedList() {
      return recorded ? name : null;
    }
  }

  private static final String FRACTURES = "fractures";

  static CaseFormLayout of(KnowledgePack pack) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("Case", null, List.of(
        FormField.text("caseId", "Case reference", "a reference, not the patient's name"),
        FormField.date("assessedOn", "Assessment date (blank: today)")), null));
    sections.addAll(fractures(pack));
    sections.addAll(clinical(pack));
    sections.addAll(patient());
    FieldHints hints = FieldHints.of(pack);
    return new CaseFormLayout(sections.stream().map(s -> hinted(s, hints)).toList());
  }

  /** The section with each number's plausible range (FieldHints) as its hint. */
  private static Section hinted(Section s, FieldHints hints) {
    List<FormField> fields = s.fields().stream().map(f -> hinted(f, f.name(), hints)).toList();
    Rows rows = s.rows() == null ? null : new Rows(s.rows().name(), s.rows().rowLabel(), s.rows().columns().stream()
        .map(f -> hinted(f, s.rows().name() + "[]." + f.name(), hints)).toList(), s.rows().minimumRows(),
        s.rows().recorded());
    String hint = "labs".equals(s.rows() == null ? null : s.rows().name()) ? s.hint() + " Plausible: " + hints.labs()
        : s.hint();
    return new Section(s.title(), hint, fields, rows, s.recordedList());
  }

  private static FormField hinted(FormField f, String key, FieldHints hints) {
    FieldHints.Range range = hints.range(key);
    return range == null ? f : new FormField(f.name(), f.label(), f.kind(), f.options(), range.text());
  }

  /** Pain and function, infection, neurology, labs, medications, allergies and imaging. */
  private static List<Section> clinical(KnowledgePack pack) {
    return List.of(
        new Section("Pain, function and medical therapy", null, List.of(
            FormField.choice("pain.status", "Pain", PainStatus.class, false),
            FormField.number("pain.nrs", "Pain NRS"),
            FormField.date("pain.onset", "Pain since (onset)"),
            FormField.date("pain.nrsDate", "Pain score taken on"),
            FormField.number("function.rmdq", "Roland-Morris disability (RMDQ)"),
            FormField.number("function.odi", "Oswestry disability index (ODI)"),
            FormField.choice("medicalTherapy.status", "Response to medical therapy", TherapyResponse.class, false),
            FormField.date("medicalTherapy.since", "Medical therapy since")), null),
        new Section("Infection", null, List.of(
            FormField.choice("infection.status", "Infection", InfectionStatus.class, false)), null),
        new Section("Neurology", "Signs on examination.", List.of(
            FormField.tristate("neuro.myelopathy", "Myelopathy"),
            FormField.tristate("neuro.radiculopathy", "Radiculopathy")), null),
        new Section("Laboratory and coagulation", "Platelets in \u00d710\u2079/L unless a unit is given.", List.of(
            FormField.choice("coagulopathy.status", "Bleeding disorder (clinical judgement)", CoagulopathyStatus.class,
                false)),
            new Rows("labs", "Lab", List.of(
                FormField.choice("test", "Test", labs(pack)),
                FormField.number("value", "Value"),
                FormField.choice("unit", "Unit", units(pack)),
                FormField.date("date", "Date")), 3, false)),
        new Section("Medications", "Current medications by generic or brand name.", List.of(
            FormField.number("renal.creatinineClearanceMlMin", "Creatinine clearance (mL/min)")),
            new Rows("medications", "Medication", List.of(
                FormField.text("name", "Name", null),
                FormField.date("lastDose", "Last dose"),
                FormField.choice("intensity", "Dose intensity", DoseIntensity.class, false),
                FormField.choice("route", "Route", ROUTES),
                // an adapter's reference to a record naming no readable drug: kept, so it still counts
                FormField.text("record", "Source record", null)), 2, true)),
        new Section("Allergies", "One substance per line.", List.of(
            FormField.lines("allergies", "Allergies", "e.g. methyl methacrylate")), null, "allergies"),
        new Section("Imaging", "Studies available.", List.of(),
            new Rows("imaging", "Study", List.of(
                FormField.choice("modality", "Modality", Modality.class, false),
                FormField.date("date", "Date")), 2, false)));
  }

  private static List<Section> patient() {
    return List.of(
        new Section("Bone health", "Secondary fracture prevention already documented.", List.of(
            FormField.tristate("osteoporosisCare.bmdReferral", "Bone density referral documented"),
            FormField.tristate("osteoporosisCare.treatment", "Osteoporosis treatment started or planned")), null),
        new Section("Patient", "Sex, weight and age, with a creatinine among the labs, give the creatinine"
            + " clearance when none is entered.", List.of(
            FormField.number("patient.ageYears", "Age (years)"),
            FormField.choice("patient.sex", "Sex", Sex.class, false),
            FormField.number("patient.weightKg", "Weight (kg)"),
            FormField.tristate("patient.pregnant", "Pregnant"),
            FormField.tristate("patient.hospitalized", "Inpatient now")), null));
  }

  /** The routes in words; the case format's wire names ({@code sc}) are kept as values. */
  private static final List<FormField.Option> ROUTES = List.of(
      new FormField.Option(Vocabulary.wireName(MedicationRoute.ORAL), "By mouth"),
      new FormField.Option(Vocabulary.wireName(MedicationRoute.SC), "Subcutaneous (SC)"),
      new FormField.Option(Vocabulary.wireName(MedicationRoute.IV), "Intravenous (IV)"));

  /** Every column of a list, over all the tables that show a part of its rows, in order. */
  List<FormField> columns(String list) {
    List<FormField> columns = new ArrayList<>();
    sections.stream().filter(s -> s.rows() != null && s.rows().name().equals(list))
        .forEach(s -> columns.addAll(s.rows().columns()));
    return columns;
  }

  /**
   * The fractures' findings in three tables of the same rows (fracture 1 is row 1 of each), so that
   * no table is too wide to read: the fracture, its structure, and the tumour scores.
   */
  private static List<Section> fractures(KnowledgePack pack) {
    Section fracture = new Section("Vertebral fractures",
        "One row per fractured level. A blank finding is unknown, not no.", List.of(),
        new Rows(FRACTURES, "Fracture", List.of(
            FormField.choice("level", "Level", VertebralLevel.class, true),
            FormField.choice("etiology", "Etiology", Etiology.class, false),
            FormField.number("heightLossPercent", "Height loss %"),
            FormField.tristate("edema", "Marrow oedema on MRI"),
            FormField.tristate("retropulsion", "Retropulsed fragments"),
            FormField.tristate("canalCompromiseByTumor", "Canal compromise by tumour"),
            FormField.tristate("painGenerator", "Concordant with the pain")), 2, true));
    Section structure = new Section("Fracture structure", "The same fractures, row by row: findings on imaging.",
        List.of(), new Rows(FRACTURES, "Fracture", List.of(
            FormField.tristate("posteriorWallInvolved", "Posterior wall involved"),
            FormField.tristate("kyphoticDeformity", "Kyphotic deformity"),
            FormField.tristate("heightLossProgression", "Further height loss on follow-up"),
            FormField.tristate("boneScanUptake", "Uptake on bone scan or SPECT"),
            FormField.tristate("epiduralExtension", "Epidural tumour extension"),
            FormField.choice("bilskyGrade", "Bilsky grade", bilsky())), 2, false));
    List<FormField> sins = new ArrayList<>();
    sins.add(FormField.number("sins.total", "SINS total"));
    for (String component : SinsScale.COMPONENTS) {
      sins.add(FormField.number("sins." + component, SINS_PARTS.get(component)));
    }
    Section tumour = new Section("Spinal instability (SINS)", "The same fractures, row by row: the total, or the"
        + " points of all six parts (" + pack.sins().source() + "). A total, when given, is the score.", List.of(),
        new Rows(FRACTURES, "Fracture", sins, 2, false));
    return List.of(fracture, structure, tumour);
  }

  /** The SINS parts in words (SINS-2010's names), keyed by the case format's names. */
  private static final Map<String, String> SINS_PARTS = Map.of("location", "Location", "pain", "Pain",
      "boneLesion", "Bone lesion", "alignment", "Alignment", "collapse", "Collapse", "posterolateral",
      "Posterolateral involvement");

  private static List<FormField.Option> bilsky() {
    List<FormField.Option> grades = new ArrayList<>();
    for (BilskyGrade grade : BilskyGrade.values()) {
      grades.add(new FormField.Option(grade.wire(), "Grade " + grade.wire()));
    }
    return grades;
  }

  /** Each test by the pack's name for it ("platelet count"), its wire name kept as the value. */
  private static List<FormField.Option> labs(KnowledgePack pack) {
    List<FormField.Option> labs = new ArrayList<>();
    for (Map.Entry<LabTest, LabSpec> lab : pack.labs().entrySet()) {
      labs.add(new FormField.Option(Vocabulary.wireName(lab.getKey()), PlainWords.capitalised(lab.getValue().name())));
    }
    return labs;
  }

  /**
   * One option per unit as clinicians write it (×10⁹/L, INR), each lab's canonical unit first; the
   * other spellings the format accepts still read, and a stored one is shown as it is (FormView).
   */
  private static List<FormField.Option> units(KnowledgePack pack) {
    Map<String, String> byWords = new LinkedHashMap<>();
    for (LabSpec lab : pack.labs().values()) {
      byWords.putIfAbsent(PlainWords.unit(lab.canonicalUnit()), lab.canonicalUnit());
    }
    for (LabSpec lab : pack.labs().values()) {
      new TreeSet<>(lab.unitFactors().keySet()).forEach(u -> byWords.putIfAbsent(PlainWords.unit(u), u));
    }
    return byWords.entrySet().stream().map(e -> new FormField.Option(e.getValue(), e.getKey())).toList();
  }
}
