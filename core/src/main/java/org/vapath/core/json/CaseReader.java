package org.vapath.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.vapath.core.Case;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.LabSpec;
import org.vapath.core.model.Coagulopathy;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.DoseIntensity;
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

/**
 * Reads a case from JSON (shared/spec/case-format.md), strictly: a malformed document, an unknown
 * field, a wrong type, an unknown value or unit, a number out of range or a bad date is refused
 * with an {@link InputError} naming the field and value. Lab values are converted to the
 * canonical unit of the knowledge pack. Thread-safe.
 */
public final class CaseReader {
  private static final Set<String> CASE_FIELDS = Set.of("caseId", "assessedOn", "patient", "pain",
      "medicalTherapy", "neuro", "infection", "coagulopathy", "allergies", "medications", "renal", "labs",
      "imaging", "fractures");
  private static final Set<String> PATIENT_FIELDS = Set.of("ageYears", "sex");
  private static final Set<String> PAIN_FIELDS = Set.of("status", "nrs", "onset");
  private static final Set<String> THERAPY_FIELDS = Set.of("status", "since");
  private static final Set<String> NEURO_FIELDS = Set.of("myelopathy", "radiculopathy");
  private static final Set<String> STATUS_FIELD = Set.of("status");
  private static final Set<String> RENAL_FIELDS = Set.of("creatinineClearanceMlMin");
  private static final Set<String> MEDICATION_FIELDS = Set.of("name", "lastDose", "intensity");
  private static final Set<String> LAB_FIELDS = Set.of("test", "value", "unit", "date");
  private static final Set<String> IMAGING_FIELDS = Set.of("modality", "date");
  private static final Map<String, Sex> SEXES = Vocabulary.lowerCase(Sex.class);
  private static final Map<String, PainStatus> PAIN = Vocabulary.lowerCase(PainStatus.class);
  private static final Map<String, TherapyResponse> THERAPY = Vocabulary.lowerCase(TherapyResponse.class);
  private static final Map<String, InfectionStatus> INFECTION = Vocabulary.lowerCase(InfectionStatus.class);
  private static final Map<String, CoagulopathyStatus> COAGULOPATHY = Vocabulary.lowerCase(CoagulopathyStatus.class);
  private static final Map<String, DoseIntensity> INTENSITY = Vocabulary.lowerCase(DoseIntensity.class);
  private static final Map<String, LabTest> TESTS = Vocabulary.lowerCase(LabTest.class);
  private static final Map<String, Modality> MODALITIES = Vocabulary.lowerCase(Modality.class);

  private final KnowledgePack pack;
  private final Supplier<LocalDate> today;

  /** A reader that converts lab units by {@code pack} and dates an undated case {@code today}. */
  public CaseReader(KnowledgePack pack, Supplier<LocalDate> today) {
    this.pack = Objects.requireNonNull(pack, "pack == null");
    this.today = Objects.requireNonNull(today, "today == null");
  }

  public Case read(String json) {
    try {
      return read(Json.MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  public Case read(InputStream json) throws IOException {
    try {
      return read(Json.MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  public Case read(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      throw new InputError("(document)", null, "is empty; expected a case as a JSON object");
    }
    FieldReader root = FieldReader.root(tree, "case").allowOnly(CASE_FIELDS);
    LocalDate assessedOn = root.date("assessedOn");
    if (assessedOn == null) {
      assessedOn = today.get();
    }
    Dates dates = new Dates(assessedOn);
    return new Case(root.text("caseId"), assessedOn, patient(root.object("patient")),
        pain(root.object("pain"), dates), therapy(root.object("medicalTherapy"), dates), neuro(root.object("neuro")),
        infection(root.object("infection")), coagulopathy(root.object("coagulopathy")), allergies(root),
        medications(root.objects("medications"), dates), renal(root.object("renal")), labs(root.objects("labs"), dates),
        imaging(root.objects("imaging"), dates), FractureJson.read(root.objects("fractures")));
  }

  static InputError malformed(JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return new InputError("(document)", null, "is not valid JSON" + where + ": " + e.getOriginalMessage());
  }

  private static Patient patient(FieldReader p) {
    if (p == null) {
      return null;
    }
    p.allowOnly(PATIENT_FIELDS);
    return new Patient(p.integer("ageYears", 0, 130), p.oneOf("sex", SEXES));
  }

  private static Pain pain(FieldReader p, Dates dates) {
    if (p == null) {
      return null;
    }
    p.allowOnly(PAIN_FIELDS);
    return new Pain(p.oneOf("status", PAIN), p.number("nrs", 0, 10), dates.notAfterAssessment(p, "onset"));
  }

  private static MedicalTherapy therapy(FieldReader t, Dates dates) {
    if (t == null) {
      return null;
    }
    t.allowOnly(THERAPY_FIELDS);
    return new MedicalTherapy(t.oneOf("status", THERAPY), dates.notAfterAssessment(t, "since"));
  }

  private static Neuro neuro(FieldReader n) {
    if (n == null) {
      return null;
    }
    n.allowOnly(NEURO_FIELDS);
    return new Neuro(n.bool("myelopathy"), n.bool("radiculopathy"));
  }

  private static Infection infection(FieldReader i) {
    return i == null ? null : new Infection(i.allowOnly(STATUS_FIELD).oneOf("status", INFECTION));
  }

  private static Coagulopathy coagulopathy(FieldReader c) {
    return c == null ? null : new Coagulopathy(c.allowOnly(STATUS_FIELD).oneOf("status", COAGULOPATHY));
  }

  private static Renal renal(FieldReader r) {
    if (r == null) {
      return null;
    }
    r.allowOnly(RENAL_FIELDS);
    return new Renal(r.number("creatinineClearanceMlMin", 0, 300));
  }

  private static List<String> allergies(FieldReader root) {
    List<String> allergies = root.texts("allergies");
    if (allergies != null) {
      for (int i = 0; i < allergies.size(); i++) {
        if (allergies.get(i).isBlank()) {
          throw new InputError(root.pathOf("allergies") + "[" + i + "]", "\"\"", "must name a substance");
        }
      }
    }
    return allergies;
  }

  private static List<Medication> medications(List<FieldReader> items, Dates dates) {
    if (items == null) {
      return null;
    }
    List<Medication> medications = new ArrayList<>(items.size());
    for (FieldReader m : items) {
      m.allowOnly(MEDICATION_FIELDS);
      medications.add(new Medication(m.requiredText("name"), dates.notAfterAssessment(m, "lastDose"),
          m.oneOf("intensity", INTENSITY)));
    }
    return medications;
  }

  private List<LabResult> labs(List<FieldReader> items, Dates dates) {
    if (items == null) {
      return null;
    }
    List<LabResult> labs = new ArrayList<>(items.size());
    for (FieldReader l : items) {
      l.allowOnly(LAB_FIELDS);
      LabTest test = l.oneOf("test", TESTS);
      if (test == null) {
        throw new InputError(l.pathOf("test"), null, "is required: one of " + String.join(", ", TESTS.keySet()));
      }
      LabSpec spec = pack.lab(test);
      String unit = l.text("unit");
      Double factor = spec.factorFor(unit);
      if (factor == null) {
        throw l.error("unit", "is not a unit accepted for " + spec.name() + "; accepted: "
            + String.join(", ", spec.unitFactors().keySet().stream().sorted().toList()));
      }
      double value = l.requiredNumber("value", 0, Double.MAX_VALUE) * factor;
      if (value < spec.plausibleMin() || value > spec.plausibleMax()) {
        throw l.error("value", "is not a plausible " + spec.name() + " (" + spec.plausibleMin() + " to "
            + spec.plausibleMax() + " " + spec.canonicalUnit() + " after conversion); check the unit");
      }
      labs.add(new LabResult(test, value, dates.notAfterAssessment(l, "date")));
    }
    return labs;
  }

  private static List<ImagingStudy> imaging(List<FieldReader> items, Dates dates) {
    if (items == null) {
      return null;
    }
    List<ImagingStudy> studies = new ArrayList<>(items.size());
    for (FieldReader i : items) {
      i.allowOnly(IMAGING_FIELDS);
      Modality modality = i.oneOf("modality", MODALITIES);
      if (modality == null) {
        throw new InputError(i.pathOf("modality"), null, "is required: one of radiograph, ct, mri");
      }
      studies.add(new ImagingStudy(modality, dates.notAfterAssessment(i, "date")));
    }
    return studies;
  }

  /** Dates of the case's events, which cannot lie after the assessment date. */
  private record Dates(LocalDate assessedOn) {
    LocalDate notAfterAssessment(FieldReader object, String name) {
      LocalDate date = object.date(name);
      if (date != null && date.isAfter(assessedOn)) {
        throw object.error(name, "is after the assessment date " + assessedOn);
      }
      return date;
    }
  }
}
