package org.vapath.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vapath.core.model.Coagulopathy;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.FunctionScores;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Infection;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.MedicalTherapy;
import org.vapath.core.model.Medication;
import org.vapath.core.model.Neuro;
import org.vapath.core.model.OsteoporosisCare;
import org.vapath.core.model.Pain;
import org.vapath.core.model.Patient;
import org.vapath.core.model.RecordIssue;
import org.vapath.core.model.Renal;
import org.vapath.core.model.ReportedFact;

/**
 * One patient's case, the engine's input (shared/spec/case-format.md).
 *
 * <p>Unknown is kept apart from "no": an absent group is its {@code UNKNOWN} constant, and the
 * three lists whose absence means "not recorded" ({@code allergies}, {@code medications},
 * {@code fractures}) stay {@code null} then, while an empty list means "none".
 *
 * <p>{@code recordIssues} name the parts of the source record that could not be read (an adapter
 * fills them, e.g. from FHIR): what they could have said is unknown, so the engine never concludes
 * "not indicated" from a record with issues.
 *
 * <p>{@code function} (disability scores) and {@code osteoporosisCare} (secondary prevention already
 * documented) came with version 2 of the case format; an absent group is unknown.
 *
 * <p>{@code reportedFacts} are the per-level facts an adapter read from radiology reports' text,
 * each with the sentence it came from and what became of it (filled an unknown, hedged, in
 * conflict); the fractures already hold the facts that were filled.
 */
public record Case(
    String caseId,
    LocalDate assessedOn,
    Patient patient,
    Pain pain,
    MedicalTherapy medicalTherapy,
    Neuro neuro,
    Infection infection,
    Coagulopathy coagulopathy,
    List<String> allergies,
    List<Medication> medications,
    Renal renal,
    List<LabResult> labs,
    List<ImagingStudy> imaging,
    List<Fracture> fractures,
    List<RecordIssue> recordIssues,
    FunctionScores function,
    OsteoporosisCare osteoporosisCare,
    List<ReportedFact> reportedFacts) {

  public Case {
    Objects.requireNonNull(assessedOn, "assessedOn == null");
    patient = Objects.requireNonNullElse(patient, Patient.UNKNOWN);
    pain = Objects.requireNonNullElse(pain, Pain.UNKNOWN);
    medicalTherapy = Objects.requireNonNullElse(medicalTherapy, MedicalTherapy.UNKNOWN);
    neuro = Objects.requireNonNullElse(neuro, Neuro.UNKNOWN);
    infection = Objects.requireNonNullElse(infection, Infection.UNKNOWN);
    coagulopathy = Objects.requireNonNullElse(coagulopathy, Coagulopathy.UNKNOWN);
    renal = Objects.requireNonNullElse(renal, Renal.UNKNOWN);
    allergies = allergies == null ? null : List.copyOf(allergies);
    medications = medications == null ? null : List.copyOf(medications);
    fractures = fractures == null ? null : List.copyOf(fractures);
    labs = labs == null ? List.of() : List.copyOf(labs);
    imaging = imaging == null ? List.of() : List.copyOf(imaging);
    recordIssues = recordIssues == null ? List.of() : List.copyOf(recordIssues);
    function = Objects.requireNonNullElse(function, FunctionScores.UNKNOWN);
    osteoporosisCare = Objects.requireNonNullElse(osteoporosisCare, OsteoporosisCare.UNKNOWN);
    reportedFacts = reportedFacts == null ? List.of() : List.copyOf(reportedFacts);
  }

  /** A case with the facts of case format version 1, and parts of its record unread; the version 2 groups unknown
   * and nothing read from a report's text. */
  public Case(String caseId, LocalDate assessedOn, Patient patient, Pain pain, MedicalTherapy medicalTherapy,
      Neuro neuro, Infection infection, Coagulopathy coagulopathy, List<String> allergies,
      List<Medication> medications, Renal renal, List<LabResult> labs, List<ImagingStudy> imaging,
      List<Fracture> fractures, List<RecordIssue> recordIssues) {
    this(caseId, assessedOn, patient, pain, medicalTherapy, neuro, infection, coagulopathy, allergies, medications,
        renal, labs, imaging, fractures, recordIssues, null, null, List.of());
  }

  /** A case whose record was read whole. */
  public Case(String caseId, LocalDate assessedOn, Patient patient, Pain pain, MedicalTherapy medicalTherapy,
      Neuro neuro, Infection infection, Coagulopathy coagulopathy, List<String> allergies,
      List<Medication> medications, Renal renal, List<LabResult> labs, List<ImagingStudy> imaging,
      List<Fracture> fractures) {
    this(caseId, assessedOn, patient, pain, medicalTherapy, neuro, infection, coagulopathy, allergies, medications,
        renal, labs, imaging, fractures, List.of(), null, null, List.of());
  }

  /** A case of case format version 2 that nothing was read into from a report's text. */
  public Case(String caseId, LocalDate assessedOn, Patient patient, Pain pain, MedicalTherapy medicalTherapy,
      Neuro neuro, Infection infection, Coagulopathy coagulopathy, List<String> allergies,
      List<Medication> medications, Renal renal, List<LabResult> labs, List<ImagingStudy> imaging,
      List<Fracture> fractures, List<RecordIssue> recordIssues, FunctionScores function,
      OsteoporosisCare osteoporosisCare) {
    this(caseId, assessedOn, patient, pain, medicalTherapy, neuro, infection, coagulopathy, allergies, medications,
        renal, labs, imaging, fractures, recordIssues, function, osteoporosisCare, List.of());
  }

  /** A case of case format version 1 with what was read from reports' text; the version 2 groups unknown. */
  public Case(String caseId, LocalDate assessedOn, Patient patient, Pain pain, MedicalTherapy medicalTherapy,
      Neuro neuro, Infection infection, Coagulopathy coagulopathy, List<String> allergies,
      List<Medication> medications, Renal renal, List<LabResult> labs, List<ImagingStudy> imaging,
      List<Fracture> fractures, List<RecordIssue> recordIssues, List<ReportedFact> reportedFacts) {
    this(caseId, assessedOn, patient, pain, medicalTherapy, neuro, infection, coagulopathy, allergies, medications,
        renal, labs, imaging, fractures, recordIssues, null, null, reportedFacts);
  }

  /** The fractures, or an empty list when they were not recorded (check {@link #fractures()} for that). */
  public List<Fracture> fracturesOrNone() {
    return fractures == null ? List.of() : fractures;
  }

  /** A copy with another id, for the adapters that know the patient by a reference only. */
  public Case withCaseId(String id) {
    return new Case(id, assessedOn, patient, pain, medicalTherapy, neuro, infection, coagulopathy,
        allergies, medications, renal, labs, imaging, fractures, recordIssues, function, osteoporosisCare,
        reportedFacts);
  }

  /** A copy with other fractures, for the adapters that learn a case piece by piece. */
  public Case withFractures(List<Fracture> newFractures) {
    return new Case(caseId, assessedOn, patient, pain, medicalTherapy, neuro, infection, coagulopathy,
        allergies, medications, renal, labs, imaging, newFractures, recordIssues, function, osteoporosisCare,
        reportedFacts);
  }

  /** A copy with another word on pain (the rules' reading of a score). */
  public Case withPain(Pain newPain) {
    return new Case(caseId, assessedOn, patient, newPain, medicalTherapy, neuro, infection, coagulopathy,
        allergies, medications, renal, labs, imaging, fractures, recordIssues, function, osteoporosisCare,
        reportedFacts);
  }

  /** A copy with the fractures and imaging as reports' text completed them, and what was read from them. */
  public Case withReports(List<Fracture> newFractures, List<ImagingStudy> newImaging, List<ReportedFact> facts) {
    return new Case(caseId, assessedOn, patient, pain, medicalTherapy, neuro, infection, coagulopathy,
        allergies, medications, renal, labs, newImaging, newFractures, recordIssues, function, osteoporosisCare,
        facts);
  }
}
