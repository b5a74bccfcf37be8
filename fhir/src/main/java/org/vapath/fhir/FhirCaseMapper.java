package org.vapath.fhir;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.Case;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
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
 *
 * <p>The mapping reads the resources' JSON (Jackson trees), whichever door they came through: a
 * bulk export line by line, or HAPI FHIR resources (a bundle, a CDS Hooks prefetch), which are
 * written to JSON first. One mapping, so that every door reads a record the same way.
 */
public final class FhirCaseMapper {
  private static final Map<String, PainStatus> PAIN = Vocabulary.lowerCase(PainStatus.class);
  private static final Map<String, TherapyResponse> THERAPY = Vocabulary.lowerCase(TherapyResponse.class);
  private static final Map<String, InfectionStatus> INFECTION = Vocabulary.lowerCase(InfectionStatus.class);
  private static final Map<String, CoagulopathyStatus> COAGULOPATHY = Vocabulary.lowerCase(CoagulopathyStatus.class);
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** Maps HAPI FHIR resources, by their JSON. */
  public Case map(List<Resource> resources, LocalDate assessedOn) {
    IParser parser = FhirJson.context().newJsonParser();
    List<JsonNode> trees = new ArrayList<>(resources.size());
    for (Resource resource : resources) {
      try {
        trees.add(JSON.readTree(parser.encodeResourceToString(resource)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("HAPI FHIR wrote JSON that does not parse", e);
      }
    }
    return mapJson(trees, assessedOn);
  }

  /** Maps one patient's resources, each a FHIR R4 JSON object with its {@code resourceType}. */
  public Case mapJson(List<JsonNode> resources, LocalDate assessedOn) {
    Objects.requireNonNull(assessedOn, "assessedOn == null");
    Map<String, List<JsonNode>> byType = new HashMap<>();
    for (JsonNode resource : resources) {
      byType.computeIfAbsent(FhirNodes.type(resource), t -> new ArrayList<>()).add(resource);
    }
    List<JsonNode> patients = all(byType, "Patient");
    JsonNode patient = patients.isEmpty() ? null : patients.get(0);
    ConditionFacts conditions = new ConditionFacts(all(byType, "Condition"), codes);
    List<JsonNode> observations = all(byType, "Observation");
    ObservationFacts labs = new ObservationFacts(observations, codes, pack);
    CaseFactObservations facts = new CaseFactObservations(observations);
    int validityDays = (int) pack.threshold(KnowledgePack.LAB_VALIDITY_DAYS).value();
    return new Case(patient == null ? null : FhirNodes.id(patient), assessedOn,
        patient(patient, assessedOn), pain(labs.pain(assessedOn, validityDays), facts),
        new MedicalTherapy(vocabulary(facts, VapathFhir.THERAPY_RESPONSE, THERAPY),
            facts.since(VapathFhir.THERAPY_RESPONSE)),
        new Neuro(facts.bool(VapathFhir.MYELOPATHY), facts.bool(VapathFhir.RADICULOPATHY)),
        new Infection(InfectionStatus.worse(conditions.infection(),
            vocabulary(facts, VapathFhir.INFECTION_STATUS, INFECTION))),
        new Coagulopathy(vocabulary(facts, VapathFhir.COAGULOPATHY_STATUS, COAGULOPATHY)),
        MedicationFacts.allergies(all(byType, "AllergyIntolerance")),
        MedicationFacts.medications(all(byType, "MedicationRequest"), all(byType, "MedicationStatement"),
            all(byType, "Medication"), codes),
        new Renal(facts.quantity(VapathFhir.CREATININE_CLEARANCE)), labs.labs(),
        ImagingFacts.read(all(byType, "ImagingStudy"), all(byType, "DiagnosticReport"), codes),
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

  private static Patient patient(JsonNode patient, LocalDate assessedOn) {
    if (patient == null) {
      return null;
    }
    LocalDate born = FhirNodes.date(FhirNodes.text(patient, "birthDate"), patient, "birthDate");
    Integer age = born == null || born.isAfter(assessedOn) ? null : Period.between(born, assessedOn).getYears();
    String gender = FhirNodes.text(patient, "gender");
    Sex sex = gender == null ? null : switch (gender) {
      case "female" -> Sex.FEMALE;
      case "male" -> Sex.MALE;
      case "other" -> Sex.OTHER;
      default -> Sex.UNKNOWN;
    };
    return new Patient(age, sex);
  }

  private static List<JsonNode> all(Map<String, List<JsonNode>> byType, String type) {
    return byType.getOrDefault(type, List.of());
  }
}
