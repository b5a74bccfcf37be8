package org.vapath.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.vapath.core.Case;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.LabResult;
import org.vapath.core.model.Medication;
import org.vapath.core.model.Sins;

/**
 * Writes a case as the FHIR R4 Bundle an EHR would hold: standard codes, and VAPath's profile for
 * the facts FHIR has no element for (docs/fhir-profile.md). {@link FhirCaseMapper} reads it back to
 * the same assessment, which the tests check for every vignette. A test fixture (for this module's
 * tests and, through its test jar, the server's, the screening's and the benchmarks'): VAPath itself
 * never writes an EHR's record, and the codes here are one example each of the pack's concepts.
 */
public final class CaseToFhir {
  /** The base of the entries' fullUrls: an example server, not a real one. */
  private static final String BASE = "https://fhir.example.org/r4/";

  private static final String ICD = "http://hl7.org/fhir/sid/icd-10-cm";
  private static final String LOINC = "http://loinc.org";
  private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
  private static final String UCUM = "http://unitsofmeasure.org";
  private static final String ALLERGY_STATUS = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";

  private final Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
  private int ids;
  /** The report's text when the per-level facts are written as one, else {@code null}. */
  private StringBuilder report;
  private int reportedLevels;
  private java.time.LocalDate assessedOn;
  private Reference subject;
  /** When the pain began: written as each fracture Condition's onsetDateTime. */
  private java.time.LocalDate painOnset;

  public static Bundle of(Case kase) {
    return new CaseToFhir().write(kase);
  }

  /**
   * The same record with the per-level facts of each fracture at a known level (marrow edema, height
   * loss, retropulsion, canal compromise by tumour) written as radiologists write them, in a
   * DiagnosticReport's plain-text {@code presentedForm}, instead of VAPath's extensions.
   */
  public static Bundle withReport(Case kase) {
    CaseToFhir writer = new CaseToFhir();
    writer.report = new StringBuilder("SPINE IMAGING REPORT\n\nFINDINGS:\n");
    Bundle bundle = writer.write(kase);
    if (writer.reportedLevels > 0) {
      writer.add(new org.hl7.fhir.r4.model.DiagnosticReport()
          .setStatus(org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus.FINAL)
          .setCode(new CodeableConcept().setText("Spine imaging report"))
          .setEffective(new DateTimeType(kase.assessedOn().toString()))
          .addPresentedForm(new org.hl7.fhir.r4.model.Attachment().setContentType("text/plain; charset=utf-8")
              .setData(writer.report.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
    return bundle;
  }

  private Bundle write(Case c) {
    assessedOn = c.assessedOn();
    painOnset = c.pain().onset();
    org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
    patient.setId(c.caseId());
    if (c.patient().ageYears() != null) {
      // Born on the day before the birthday, so the age on the assessment date is exactly the case's.
      patient.setBirthDateElement(new DateType(c.assessedOn().minusYears(c.patient().ageYears()).toString()));
    }
    if (c.patient().sex() != null) {
      patient.setGender(AdministrativeGender.fromCode(Vocabulary.wireName(c.patient().sex())));
    }
    add(patient);
    // A relative reference, as a FHIR server and a bulk export write it; it resolves against the entry's fullUrl.
    subject = new Reference("Patient/" + patient.getIdElement().getIdPart());
    facts(c);
    if (c.allergies() != null) {
      // R4 requires a clinical status on an allergy that is not entered in error (ait-1): the case lists current ones.
      c.allergies().forEach(a -> add(new AllergyIntolerance().setClinicalStatus(new CodeableConcept(
          new Coding(ALLERGY_STATUS, "active", null))).setCode(new CodeableConcept().setText(a))));
    }
    if (c.medications() != null) {
      c.medications().forEach(this::medication);
    }
    c.labs().forEach(this::lab);
    c.imaging().forEach(this::imaging);
    c.fracturesOrNone().forEach(this::fracture);
    return bundle;
  }

  private void facts(Case c) {
    if (c.pain().status() != null) {
      fact(VapathFhir.PAIN_STATUS, coded(Vocabulary.wireName(c.pain().status())));
    }
    if (c.pain().nrs() != null) {
      Observation score = new Observation().setStatus(Observation.ObservationStatus.FINAL)
          .setCode(new CodeableConcept(new Coding(LOINC, "72514-3", null)))
          .setValue(new Quantity().setValue(BigDecimal.valueOf(c.pain().nrs())).setSystem(UCUM).setCode("{score}"));
      if (c.pain().nrsDate() != null) {
        score.setEffective(new DateTimeType(c.pain().nrsDate().toString()));
      }
      add(score);
    }
    if (c.medicalTherapy().status() != null) {
      Observation therapy = fact(VapathFhir.THERAPY_RESPONSE, coded(Vocabulary.wireName(c.medicalTherapy().status())));
      if (c.medicalTherapy().since() != null) {
        therapy.setEffective(new Period().setStartElement(new DateTimeType(c.medicalTherapy().since().toString())));
      }
    }
    if (c.neuro().myelopathy() != null) {
      fact(VapathFhir.MYELOPATHY, new BooleanType(c.neuro().myelopathy()));
    }
    if (c.neuro().radiculopathy() != null) {
      fact(VapathFhir.RADICULOPATHY, new BooleanType(c.neuro().radiculopathy()));
    }
    if (c.infection().status() != null) {
      fact(VapathFhir.INFECTION_STATUS, coded(Vocabulary.wireName(c.infection().status())));
    }
    if (c.coagulopathy().status() != null) {
      fact(VapathFhir.COAGULOPATHY_STATUS, coded(Vocabulary.wireName(c.coagulopathy().status())));
    }
    versionTwoFacts(c);
    if (c.renal().creatinineClearanceMlMin() != null) {
      fact(VapathFhir.CREATININE_CLEARANCE, new Quantity().setValue(c.renal().creatinineClearanceMlMin())
          .setSystem(UCUM).setCode("mL/min"));
    }
  }

  /** The facts version 2 of the case format added: body weight, pregnancy, admission, disability, prevention. */
  private void versionTwoFacts(Case c) {
    if (c.patient().weightKg() != null) {
      add(new Observation().setStatus(Observation.ObservationStatus.FINAL)
          .setCode(new CodeableConcept(new Coding(LOINC, "29463-7", "Body weight")))
          .setValue(new Quantity().setValue(BigDecimal.valueOf(c.patient().weightKg())).setSystem(UCUM).setCode("kg"))
          .setEffective(new DateTimeType(assessedOn.toString())));
    }
    if (c.patient().pregnant() != null) {
      fact(VapathFhir.PREGNANT, new BooleanType(c.patient().pregnant()));
    }
    if (c.patient().hospitalized() != null) {
      fact(VapathFhir.HOSPITALIZED, new BooleanType(c.patient().hospitalized()));
    }
    if (c.function().rmdq() != null) {
      fact(VapathFhir.RMDQ, new Quantity().setValue(c.function().rmdq()).setSystem(UCUM).setCode("{score}"));
    }
    if (c.function().odi() != null) {
      fact(VapathFhir.ODI, new Quantity().setValue(c.function().odi()).setSystem(UCUM).setCode("%"));
    }
    if (c.osteoporosisCare().bmdReferral() != null) {
      fact(VapathFhir.BMD_REFERRAL, new BooleanType(c.osteoporosisCare().bmdReferral()));
    }
    if (c.osteoporosisCare().treatment() != null) {
      fact(VapathFhir.OSTEOPOROSIS_TREATMENT, new BooleanType(c.osteoporosisCare().treatment()));
    }
  }

  private void fracture(Fracture f) {
    String icd = switch (f.etiology()) {
      case OSTEOPOROSIS -> "M80.08XA";
      case MALIGNANCY -> "M84.58XA";
      case TRAUMA -> "S32.009A";
      default -> "M48.50XA";
    };
    Condition condition = new Condition().setCode(new CodeableConcept(new Coding(ICD, icd, null)));
    if (f.level() != null) {
      condition.addBodySite(new CodeableConcept().setText(f.level().name() + " vertebra"));
    }
    condition.addExtension(VapathFhir.ETIOLOGY, new CodeType(Vocabulary.wireName(f.etiology())));
    if (painOnset != null) {
      condition.setOnset(new DateTimeType(painOnset.toString()));
    }
    flag(condition, VapathFhir.POSTERIOR_WALL, f.posteriorWallInvolved());
    flag(condition, VapathFhir.EPIDURAL_EXTENSION, f.epiduralExtension());
    flag(condition, VapathFhir.KYPHOTIC_DEFORMITY, f.kyphoticDeformity());
    flag(condition, VapathFhir.HEIGHT_LOSS_PROGRESSION, f.heightLossProgression());
    flag(condition, VapathFhir.BONE_SCAN_UPTAKE, f.boneScanUptake());
    sins(condition, f.sins());
    if (f.bilskyGrade() != null) {
      condition.addExtension(VapathFhir.BILSKY_GRADE, new CodeType(f.bilskyGrade().wire()));
    }
    if (report != null && f.level() != null) {
      describe(f);
      flag(condition, VapathFhir.PAIN_GENERATOR, f.painGenerator());
      add(condition);
      return;
    }
    if (f.heightLossPercent() != null) {
      condition.addExtension(VapathFhir.HEIGHT_LOSS, new DecimalType(f.heightLossPercent()));
    }
    flag(condition, VapathFhir.EDEMA, f.edema());
    flag(condition, VapathFhir.RETROPULSION, f.retropulsion());
    flag(condition, VapathFhir.CANAL_COMPROMISE, f.canalCompromiseByTumor());
    flag(condition, VapathFhir.PAIN_GENERATOR, f.painGenerator());
    add(condition);
  }

  /** One fracture's facts, a sentence each, in a radiologist's words. */
  private void describe(Fracture f) {
    String level = f.level().name();
    reportedLevels++;
    report.append("There is a compression fracture of the ").append(level).append(" vertebral body");
    if (f.heightLossPercent() != null) {
      report.append(" with ").append(new BigDecimal(Double.toString(f.heightLossPercent())).stripTrailingZeros()
          .toPlainString()).append("% loss of height");
    }
    report.append(".\n");
    if (f.edema() != null) {
      report.append(f.edema() ? "Bone marrow edema is present in the " + level + " vertebral body.\n"
          : "No bone marrow edema at " + level + ".\n");
    }
    if (f.retropulsion() != null) {
      report.append(f.retropulsion() ? "Retropulsed bone fragment at " + level + ".\n"
          : "No retropulsion at " + level + ".\n");
    }
    if (f.canalCompromiseByTumor() != null) {
      report.append(f.canalCompromiseByTumor() ? "Epidural tumor at " + level + " narrows the spinal canal.\n"
          : "No spinal canal compromise at " + level + ".\n");
    }
  }

  /** The SINS as VAPath's complex extension: a sub-extension per part the case gives. */
  private static void sins(Condition condition, Sins sins) {
    if (sins == null) {
      return;
    }
    Extension extension = condition.addExtension().setUrl(VapathFhir.SINS);
    Integer[] parts = {sins.total(), sins.location(), sins.pain(), sins.boneLesion(), sins.alignment(),
        sins.collapse(), sins.posterolateral()};
    List<String> names = new ArrayList<>(List.of(LevelExtensions.SINS_TOTAL));
    names.addAll(SinsScale.COMPONENTS);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != null) {
        extension.addExtension(names.get(i), new IntegerType(parts[i]));
      }
    }
  }

  private static void flag(Condition condition, String url, Boolean value) {
    if (value != null) {
      condition.addExtension(url, new BooleanType(value));
    }
  }

  private void lab(LabResult lab) {
    String loinc = switch (lab.test()) {
      case PLATELETS -> "777-3";
      case INR -> "6301-6";
      case WBC -> "6690-2";
      case CREATININE -> "2160-0";
    };
    String unit = switch (lab.test()) {
      case INR -> "{INR}";
      case CREATININE -> "mg/dL";
      default -> "10*9/L";
    };
    Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
        .setCode(new CodeableConcept(new Coding(LOINC, loinc, null)))
        .setValue(new Quantity().setValue(BigDecimal.valueOf(lab.value())).setSystem(UCUM).setCode(unit));
    if (lab.date() != null) {
      observation.setEffective(new DateTimeType(lab.date().toString()));
    }
    add(observation);
  }

  private void imaging(ImagingStudy study) {
    String modality = switch (study.modality()) {
      case RADIOGRAPH -> "DX";
      case CT -> "CT";
      case MRI -> "MR";
    };
    // A study counts for the spine only when it says so (docs/fhir-profile.md): its title does.
    org.hl7.fhir.r4.model.ImagingStudy resource = new org.hl7.fhir.r4.model.ImagingStudy()
        .setStatus(org.hl7.fhir.r4.model.ImagingStudy.ImagingStudyStatus.AVAILABLE)
        .addModality(new Coding(DICOM, modality, null)).setDescription("Spine, " + switch (study.modality()) {
          case RADIOGRAPH -> "radiograph";
          case CT -> "CT";
          case MRI -> "MRI";
        });
    if (study.date() != null) {
      resource.setStartedElement(new DateTimeType(study.date().toString()));
    }
    add(resource);
  }

  private void medication(Medication m) {
    MedicationStatement statement = new MedicationStatement()
        .setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE)
        // A medication the case cannot name is, in a record, a reference to a Medication the record lacks.
        .setMedication(m.name() == null ? new Reference("Medication/not-in-record")
            : new CodeableConcept().setText(m.name()));
    if (m.lastDose() != null) {
      statement.addExtension(VapathFhir.LAST_DOSE, new DateType(m.lastDose().toString()));
    }
    if (m.intensity() != null) {
      statement.addExtension(VapathFhir.DOSE_INTENSITY, new CodeType(Vocabulary.wireName(m.intensity())));
    }
    if (m.route() != null) {
      statement.addExtension(VapathFhir.ROUTE, new CodeType(Vocabulary.wireName(m.route())));
    }
    add(statement);
  }

  private Observation fact(String code, Type value) {
    Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
        .setCode(new CodeableConcept(new Coding(VapathFhir.FACTS, code, null))).setValue(value)
        .setEffective(new DateTimeType(assessedOn.toString()));
    add(observation);
    return observation;
  }

  private static CodeableConcept coded(String code) {
    return new CodeableConcept(new Coding(VapathFhir.FACTS, code, null));
  }

  private void add(Resource resource) {
    if (!resource.hasId()) {
      resource.setId(resource.fhirType().toLowerCase(java.util.Locale.ROOT) + "-" + ++ids);
    }
    if (subject != null) {
      // Every resource but the Patient names its patient (R4 requires it of all but Observation).
      resource.setProperty(resource instanceof AllergyIntolerance ? "patient" : "subject", subject.copy());
    }
    // R4 gives every entry of a collection a fullUrl, the identity references resolve to: here the resource's
    // RESTful URL on an example base, so that "Patient/P01" resolves to the Patient entry.
    bundle.addEntry().setFullUrl(BASE + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
        .setResource(resource);
  }
}
