package org.vapath.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vapath.core.Case;
import org.vapath.core.model.Coagulopathy;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.DoseIntensity;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.FunctionScores;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Infection;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.MedicalTherapy;
import org.vapath.core.model.Medication;
import org.vapath.core.model.Modality;
import org.vapath.core.model.Neuro;
import org.vapath.core.model.OsteoporosisCare;
import org.vapath.core.model.Pain;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.Patient;
import org.vapath.core.model.RecordIssue;
import org.vapath.core.model.Renal;
import org.vapath.core.model.Sex;
import org.vapath.core.model.TherapyResponse;
import org.vapath.core.model.VertebralLevel;

/**
 * Builds cases for tests, starting from the complete, indicated case of vignette P01 (a painful
 * osteoporotic L1 fracture, full work-up) so that each test changes only the fact it is about.
 */
public final class CaseBuilder {
  public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 23);

  private LocalDate assessedOn = ASSESSED_ON;
  private Pain pain = new Pain(PainStatus.ONGOING, 8.0, LocalDate.of(2026, 10, 28));
  private MedicalTherapy therapy = new MedicalTherapy(TherapyResponse.NOT_IMPROVING, LocalDate.of(2026, 10, 30));
  private Neuro neuro = new Neuro(false, false);
  private Infection infection = new Infection(InfectionStatus.NONE);
  private Coagulopathy coagulopathy = new Coagulopathy(CoagulopathyStatus.NONE);
  private List<String> allergies = new ArrayList<>();
  private List<Medication> medications = new ArrayList<>();
  private Renal renal = new Renal(62.0);
  private List<LabResult> labs = new ArrayList<>(List.of(
      new LabResult(LabTest.PLATELETS, 231, LocalDate.of(2026, 11, 20)),
      new LabResult(LabTest.INR, 1.0, LocalDate.of(2026, 11, 20))));
  private List<ImagingStudy> imaging = new ArrayList<>(List.of(
      new ImagingStudy(Modality.RADIOGRAPH, LocalDate.of(2026, 10, 29)),
      new ImagingStudy(Modality.MRI, LocalDate.of(2026, 11, 5))));
  private List<Fracture> fractures = new ArrayList<>(List.of(fracture(VertebralLevel.L1, Etiology.OSTEOPOROSIS)));
  private List<RecordIssue> recordIssues = new ArrayList<>();
  private Patient patient = new Patient(78, Sex.FEMALE);
  private FunctionScores function = FunctionScores.UNKNOWN;
  private OsteoporosisCare care = OsteoporosisCare.UNKNOWN;

  private CaseBuilder() {
  }

  /** The complete, indicated P01 case. */
  public static CaseBuilder indicated() {
    return new CaseBuilder();
  }

  /** A painful, concordant fracture with no retropulsion or canal compromise and 30% height loss. */
  public static Fracture fracture(VertebralLevel level, Etiology etiology) {
    return new Fracture(level, etiology, 30.0, true, false, false, true);
  }

  public CaseBuilder assessedOn(LocalDate date) {
    this.assessedOn = date;
    return this;
  }

  public CaseBuilder pain(PainStatus status) {
    this.pain = new Pain(status, pain.nrs(), pain.onset(), pain.nrsDate());
    return this;
  }

  /** The pain as a general score, with no status: the score and the day it was taken. */
  public CaseBuilder painScore(Double nrs, LocalDate taken) {
    this.pain = new Pain(null, nrs, pain.onset(), taken);
    return this;
  }

  public CaseBuilder recordIssues(RecordIssue... issues) {
    this.recordIssues = new ArrayList<>(Arrays.asList(issues));
    return this;
  }

  public CaseBuilder therapy(TherapyResponse status) {
    this.therapy = new MedicalTherapy(status, therapy.since());
    return this;
  }

  public CaseBuilder neuro(Boolean myelopathy, Boolean radiculopathy) {
    this.neuro = new Neuro(myelopathy, radiculopathy);
    return this;
  }

  public CaseBuilder infection(InfectionStatus status) {
    this.infection = new Infection(status);
    return this;
  }

  public CaseBuilder coagulopathy(CoagulopathyStatus status) {
    this.coagulopathy = new Coagulopathy(status);
    return this;
  }

  /** The allergies; {@code null} for "not recorded". */
  public CaseBuilder allergies(String... names) {
    this.allergies = names == null ? null : new ArrayList<>(Arrays.asList(names));
    return this;
  }

  public CaseBuilder medications(Medication... taken) {
    this.medications = taken == null ? null : new ArrayList<>(Arrays.asList(taken));
    return this;
  }

  public CaseBuilder medication(String name, LocalDate lastDose, DoseIntensity intensity) {
    this.medications.add(new Medication(name, lastDose, intensity));
    return this;
  }

  public CaseBuilder clearance(Double mlMin) {
    this.renal = new Renal(mlMin);
    return this;
  }

  public CaseBuilder labs(LabResult... results) {
    this.labs = new ArrayList<>(Arrays.asList(results));
    return this;
  }

  public CaseBuilder lab(LabTest test, double value, LocalDate date) {
    this.labs.removeIf(l -> l.test() == test);
    this.labs.add(new LabResult(test, value, date));
    return this;
  }

  public CaseBuilder imaging(Modality... modalities) {
    this.imaging = new ArrayList<>();
    for (Modality modality : modalities) {
      imaging.add(new ImagingStudy(modality, LocalDate.of(2026, 11, 1)));
    }
    return this;
  }

  /** The fractures; {@code null} for "not recorded". */
  public CaseBuilder fractures(Fracture... recorded) {
    this.fractures = recorded == null ? null : new ArrayList<>(Arrays.asList(recorded));
    return this;
  }

  public CaseBuilder patient(Patient who) {
    this.patient = who;
    return this;
  }

  /** The pain score (status and onset kept). */
  public CaseBuilder nrs(Double score) {
    this.pain = new Pain(pain.status(), score, pain.onset(), pain.nrsDate());
    return this;
  }

  /** The pain onset, {@code days} before the assessment date ({@code null}: not recorded). */
  public CaseBuilder onsetDaysBefore(Integer days) {
    this.pain = new Pain(pain.status(), pain.nrs(), days == null ? null : assessedOn.minusDays(days), pain.nrsDate());
    return this;
  }

  public CaseBuilder function(Integer rmdq) {
    this.function = new FunctionScores(rmdq, null);
    return this;
  }

  public CaseBuilder osteoporosisCare(Boolean bmdReferral, Boolean treatment) {
    this.care = new OsteoporosisCare(bmdReferral, treatment);
    return this;
  }

  public CaseBuilder medications(List<Medication> taken) {
    this.medications = taken == null ? null : new ArrayList<>(taken);
    return this;
  }

  public Case build() {
    return new Case("TEST", assessedOn, patient, pain, therapy, neuro, infection, coagulopathy,
        allergies, medications, renal, labs, imaging, fractures, recordIssues, function, care);
  }
}
