package org.vapath.fhir;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.vapath.core.InputError;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.model.Coagulopathy;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.Infection;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.MedicalTherapy;
import org.vapath.core.model.Neuro;
import org.vapath.core.model.Pain;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Renal;
import org.vapath.core.model.Sex;
import org.vapath.core.model.TherapyResponse;

/**
 * Maps one patient's FHIR R4 resources to a {@link Case}: demographics, fractures and infection from
 * conditions, labs and pain from observations, medications, allergies and imaging (see
 * docs/fhir-profile.md). What FHIR does not say stays unknown. The value sets are the knowledge
 * pack's; no code is written in Java.
 */
public final class FhirCaseMapper {
  private static final Map<String, PainStatus> PAIN = Vocabulary.lowerCase(PainStatus.class);
  private static final Map<String, TherapyResponse> THERAPY = Vocabulary.lowerCase(TherapyResponse.class);
  private static final Map<String, InfectionStatus> INFECTION = Vocabulary.lowerCase(InfectionStatus.class);
  private static final Map<String, CoagulopathyStatus> COAGULOPATHY = Vocabulary.lowerCase(CoagulopathyStatus.class);

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
    List<Observation> all = all(resources, Observation.class);
    ObservationFacts observations = new ObservationFacts(all, codes, pack);
    CaseFactObservations facts = new CaseFactObservations(all);
    int validityDays = (int) pack.threshold(KnowledgePack.LAB_VALIDITY_DAYS).value();
    return new Case(patient == null ? null : patient.getIdElement().getIdPart(), assessedOn,
        patient(patient, assessedOn), pain(observations.pain(assessedOn, validityDays), facts),
        new MedicalTherapy(vocabulary(facts, VapathFhir.THERAPY_RESPONSE, THERAPY),
            facts.since(VapathFhir.THERAPY_RESPONSE)),
        new Neuro(facts.bool(VapathFhir.MYELOPATHY), facts.bool(VapathFhir.RADICULOPATHY)),
        new Infection(InfectionStatus.worse(conditions.infection(),
            vocabulary(facts, VapathFhir.INFECTION_STATUS, INFECTION))),
        new Coagulopathy(vocabulary(facts, VapathFhir.COAGULOPATHY_STATUS, COAGULOPATHY)),
        MedicationFacts.allergies(all(resources, AllergyIntolerance.class)),
        MedicationFacts.medications(all(resources, MedicationRequest.class),
            all(resources, MedicationStatement.class), resources, codes),
        new Renal(facts.quantity(VapathFhir.CREATININE_CLEARANCE)), observations.labs(),
        ImagingFacts.read(all(resources, ImagingStudy.class), all(resources, DiagnosticReport.class), codes),
        conditions.fractures());
  }

  /** An explicit pain status wins over the one a pain score implies. */
  private static Pain pain(Pain fromScore, CaseFactObservations facts) {
    PainStatus stated = vocabulary(facts, VapathFhir.PAIN_STATUS, PAIN);
    if (stated == null) {
      return fromScore;
    }
    return new Pain(stated, fromScore == null ? null : fromScore.nrs(), null);
  }

  private static <E extends Enum<E>> E vocabulary(CaseFactObservations facts, String fact, Map<String, E> values) {
    String code = facts.code(fact);
    if (code == null) {
      return null;
    }
    E value = values.get(code);
    if (value == null) {
      throw new InputError("Observation(" + VapathFhir.FACTS + "#" + fact + ").valueCodeableConcept",
          '"' + code + '"', "must be one of " + String.join(", ", values.keySet().stream().sorted().toList()));
    }
    return value;
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
