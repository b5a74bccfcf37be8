package org.vapath.fhir;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.model.Infection;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Sex;

/**
 * Maps one patient's FHIR R4 resources to a {@link Case}: demographics, fractures and infection from
 * conditions, labs and pain from observations, medications, allergies and imaging (see
 * docs/fhir-profile.md). What FHIR does not say stays unknown. The value sets are the knowledge
 * pack's; no code is written in Java.
 */
public final class FhirCaseMapper {
  private final KnowledgePack pack;
  private final Codes codes;

  public FhirCaseMapper(KnowledgePack pack) {
    this.pack = Objects.requireNonNull(pack, "pack == null");
    this.codes = new Codes(pack.terminology());
  }

  public Case map(Bundle bundle, LocalDate assessedOn) {
    List<Resource> resources = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.hasResource()) {
        resources.add(entry.getResource());
      }
    }
    return map(resources, assessedOn);
  }

  public Case map(List<Resource> resources, LocalDate assessedOn) {
    Objects.requireNonNull(assessedOn, "assessedOn == null");
    org.hl7.fhir.r4.model.Patient patient = first(resources, org.hl7.fhir.r4.model.Patient.class);
    ConditionFacts conditions = new ConditionFacts(all(resources, Condition.class), codes);
    ObservationFacts observations = new ObservationFacts(all(resources, Observation.class), codes, pack);
    int validityDays = (int) pack.threshold(KnowledgePack.LAB_VALIDITY_DAYS).value();
    return new Case(patient == null ? null : patient.getIdElement().getIdPart(), assessedOn,
        patient(patient, assessedOn), observations.pain(assessedOn, validityDays), null, null,
        conditions.infection() == null ? null : new Infection(conditions.infection()), null,
        MedicationFacts.allergies(all(resources, AllergyIntolerance.class)),
        MedicationFacts.medications(all(resources, MedicationRequest.class),
            all(resources, MedicationStatement.class), resources, codes),
        null, observations.labs(),
        ImagingFacts.read(all(resources, ImagingStudy.class), all(resources, DiagnosticReport.class), codes),
        conditions.fractures());
  }

  private static Patient patient(org.hl7.fhir.r4.model.Patient patient, LocalDate assessedOn) {
    if (patient == null) {
      return null;
    }
    Integer age = null;
    if (patient.hasBirthDate()) {
      LocalDate born = patient.getBirthDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      age = born.isAfter(assessedOn) ? null : Period.between(born, assessedOn).getYears();
    }
    AdministrativeGender gender = patient.getGender();
    Sex sex = gender == null || gender == AdministrativeGender.NULL ? null : switch (gender) {
      case FEMALE -> Sex.FEMALE;
      case MALE -> Sex.MALE;
      case OTHER -> Sex.OTHER;
      default -> Sex.UNKNOWN;
    };
    return new Patient(age, sex);
  }

  private static <T extends Resource> List<T> all(List<Resource> resources, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Resource resource : resources) {
      if (type.isInstance(resource)) {
        found.add(type.cast(resource));
      }
    }
    return found;
  }

  private static <T extends Resource> T first(List<Resource> resources, Class<T> type) {
    List<T> found = all(resources, type);
    return found.isEmpty() ? null : found.get(0);
  }
}
