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
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabTest;
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

  static CaseFormLayout of(KnowledgePack pack) {
    return new CaseFormLayout(List.of(
        new Section("Case", null, List.of(
            FormField.text("caseId", "Case reference", "a reference, not the patient's name"),
            FormField.date("assessedOn", "Assessment date (blank: today)")), null),
        fractures(),
        new Section("Pain and medical therapy", null, List.of(
            FormField.choice("pain.status", "Pain", PainStatus.class, false),
            FormField.number("pain.nrs", "Pain NRS (0-10)", "0-10"),
            FormField.date("pain.onset", "Pain since"),
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
                FormField.number("value", "Value", null),
                FormField.choice("unit", "Unit", units(pack)),
                FormField.date("date", "Date")), 3, false)),
        new Section("Medications", "Current medications by generic or brand name.", List.of(
            FormField.number("renal.creatinineClearanceMlMin", "Creatinine clearance (mL/min)", "for hold times")),
            new Rows("medications", "Medication", List.of(
                FormField.text("name", "Name", null),
                FormField.date("lastDose", "Last dose"),
                FormField.choice("intensity", "Dose intensity", DoseIntensity.class, false)), 2, true)),
        new Section("Allergies", "One substance per line.", List.of(
            FormField.lines("allergies", "Allergies", "e.g. methyl methacrylate")), null, "allergies"),
        new Section("Imaging", "Studies available.", List.of(),
            new Rows("imaging", "Study", List.of(
                FormField.choice("modality", "Modality", Modality.class, false),
                FormField.date("date", "Date")), 2, false)),
        new Section("Patient", null, List.of(
            FormField.number("patient.ageYears", "Age (years)", null),
            FormField.choice("patient.sex", "Sex", Sex.class, false)), null)));
  }

  private static Section fractures() {
    return new Section("Vertebral fractures", "One row per fractured level. A blank finding is unknown, not no.",
        List.of(), new Rows("fractures", "Fracture", List.of(
            FormField.choice("level", "Level", VertebralLevel.class, true),
            FormField.choice("etiology", "Etiology", Etiology.class, false),
            FormField.number("heightLossPercent", "Height loss %", "0-100"),
            FormField.tristate("edema", "Marrow oedema on MRI"),
            FormField.tristate("retropulsion", "Retropulsed fragments"),
            FormField.tristate("canalCompromiseByTumor", "Canal compromise by tumour"),
            FormField.tristate("painGenerator", "Concordant with the pain")), 2, true));
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
