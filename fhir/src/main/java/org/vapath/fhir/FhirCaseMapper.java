package org.vapath.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.vapath.core.Case;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.PlausibleDates;
import org.vapath.core.json.Vocabulary;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.model.Coagulopathy;
import org.vapath.core.model.FunctionScores;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.Infection;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.MedicalTherapy;
import org.vapath.core.model.Neuro;
import org.vapath.core.model.OsteoporosisCare;
import org.vapath.core.model.Pain;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.Patient;
import org.vapath.core.model.RecordIssue;
import org.vapath.core.model.Renal;
import org.vapath.core.model.Sex;
import org.vapath.core.model.TherapyResponse;
import org.vapath.report.ReportReader;
import org.vapath.report.cases.ReadReport;
import org.vapath.report.cases.ReportsIntoCase;

/**
 * Maps one patient's FHIR R4 resources to a {@link Case}: demographics, fractures, infection and
 * neurological diagnoses from conditions, labs and the pain score from observations, medications,
 * allergies and spine imaging (see docs/fhir-profile.md). What FHIR does not say stays unknown. The
 * value sets are the knowledge pack's; no code is written in Java.
 *
 * <p>Every door reads the resources' JSON the same way: a bundle ({@code vapath assess --fhir}), a
 * CDS Hooks prefetch, a bulk export's lines. The record must be about one patient: a resource naming
 * another patient is refused. A resource that cannot be read is left out and named in the case's
 * {@code recordIssues}; what it could have said stays unknown.
 */
public final class FhirCaseMapper {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KnowledgePack pack;
  private final Codes codes;
  private final ReportReader reports;
  private static final Map<String, PainStatus> PAIN = Vocabulary.lowerCase(PainStatus.class);
  private static final Map<String, TherapyResponse> THERAPY = Vocabulary.lowerCase(TherapyResponse.class);
  private static final Map<String, InfectionStatus> INFECTION = Vocabulary.lowerCase(InfectionStatus.class);
  private static final Map<String, CoagulopathyStatus> COAGULOPATHY = Vocabulary.lowerCase(CoagulopathyStatus.class);
  /** The codes each coded case fact may take. */
  private static final Map<String, Set<String>> VOCABULARIES = Map.of(VapathFhir.PAIN_STATUS, PAIN.keySet(),
      VapathFhir.THERAPY_RESPONSE, THERAPY.keySet(), VapathFhir.INFECTION_STATUS, INFECTION.keySet(),
      VapathFhir.COAGULOPATHY_STATUS, COAGULOPATHY.keySet());

  public FhirCaseMapper(KnowledgePack pack) {
    this(pack, ReportReader.withEmbeddedLexicon());
  }

  /** A mapper that reads radiology reports' text with {@code reports} (an institution's lexicon). */
  public FhirCaseMapper(KnowledgePack pack, ReportReader reports) {
    this.pack = Objects.requireNonNull(pack, "pack == null");
    this.codes = new Codes(pack.terminology());
    this.reports = Objects.requireNonNull(reports, "reports == null");
  }

  /**
   * One patient's Bundle as JSON text. A document that is not a Bundle, or that holds no Patient
   * or more than one, is refused; an entry that is not a resource is left out and named.
   */
  public Case mapBundle(String json, LocalDate assessedOn) {
    JsonNode bundle = FhirJson.tree(json);
    if (!bundle.isObject() || !"Bundle".equals(FhirNodes.type(bundle))) {
      throw new InputError("(document)", bundle.isObject() ? '"' + FhirNodes.type(bundle) + '"' : null,
          "is not a FHIR R4 Bundle: resourceType must be \"Bundle\"");
    }
    List<JsonNode> resources = new ArrayList<>();
    List<String> patientUrls = new ArrayList<>();
    Set<String> otherUrls = new HashSet<>();
    ReadIssues issues = new ReadIssues(List.of());
    JsonNode entries = bundle.path("entry");
    if (!entries.isMissingNode() && !entries.isNull() && !entries.isArray()) {
      throw new InputError("Bundle.entry", null, "must be an array of entries");
    }
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      JsonNode resource = entry.get("resource");
      if (resource == null) {
        continue; // a request or response entry carries no resource
      }
      if (!resource.isObject() || !resource.path("resourceType").isTextual()) {
        issues.add("Bundle.entry[" + i + "]", "resource", "is not a FHIR resource: left out");
        continue;
      }
      resources.add(resource);
      String fullUrl = FhirNodes.text(entry, "fullUrl");
      if (fullUrl != null) {
        (FhirNodes.type(resource).equals("Patient") ? patientUrls : otherUrls).add(fullUrl);
      }
    }
    List<JsonNode> patients = resources.stream().filter(r -> FhirNodes.type(r).equals("Patient")).toList();
    if (patients.size() != 1) {
      throw new InputError("Bundle.entry", patients.size() + " Patient resources",
          "must hold exactly one Patient: a bundle is one patient's record");
    }
    PatientScope scope = new PatientScope(FhirNodes.id(patients.get(0)), patientUrls, otherUrls);
    return map(scope, resources, assessedOn, issues);
  }

  /** A HAPI FHIR Bundle, by its JSON. */
  public Case map(Bundle bundle, LocalDate assessedOn) {
    return mapBundle(FhirJson.context().newJsonParser().encodeResourceToString(bundle), assessedOn);
  }

  /**
   * One patient's resources, known by {@code patientId} (a CDS Hooks request's {@code
   * context.patientId}, a screening's grouping), with the issues already met reading them ({@code
   * known}, e.g. a line of an export that did not parse). A Patient among them must have that id;
   * {@code patientId} may be {@code null} when only the resources name the patient.
   */
  public Case mapPatient(String patientId, List<JsonNode> resources, LocalDate assessedOn, List<RecordIssue> known) {
    for (JsonNode resource : resources) {
      if (FhirNodes.type(resource).equals("Patient")) {
        String id = FhirNodes.id(resource);
        if (patientId != null && !patientId.equals(id)) {
          throw new InputError(FhirNodes.where(resource) + ".id", id == null ? null : '"' + id + '"',
              "is not the patient of the request, Patient/" + patientId);
        }
        patientId = id;
      }
    }
    return map(new PatientScope(patientId, List.of(), Set.of()), resources, assessedOn, new ReadIssues(known));
  }

  /** Maps one patient's resources, each a FHIR R4 JSON object with its {@code resourceType}. */
  public Case mapJson(List<JsonNode> resources, LocalDate assessedOn) {
    return mapPatient(null, resources, assessedOn, List.of());
  }

  /** Maps HAPI FHIR resources, by their JSON. */
  public Case map(List<Resource> resources, LocalDate assessedOn) {
    var parser = FhirJson.context().newJsonParser();
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

  private Case map(PatientScope scope, List<JsonNode> all, LocalDate assessedOn, ReadIssues issues) {
    Objects.requireNonNull(assessedOn, "assessedOn == null");
    List<JsonNode> resources = scope.about(all, issues);
    Map<String, List<JsonNode>> byType = new HashMap<>();
    for (JsonNode resource : resources) {
      byType.computeIfAbsent(FhirNodes.type(resource), t -> new ArrayList<>()).add(resource);
    }
    List<JsonNode> patients = all(byType, "Patient");
    ConditionFacts conditions = new ConditionFacts(all(byType, "Condition"), codes, pack.sins(), assessedOn,
        issues);
    List<JsonNode> observations = all(byType, "Observation");
    ObservationFacts labs = new ObservationFacts(observations, codes, pack, assessedOn, issues);
    CaseFactObservations facts = new CaseFactObservations(observations, VOCABULARIES, issues);
    String caseId = scope.patientId();
    Patient patient = patient(patients.isEmpty() ? null : patients.get(0), assessedOn, issues, facts,
        labs.weightKg());
    List<ReadReport> read = new ReportTexts(reports, codes, issues).read(all(byType, "DiagnosticReport"),
        all(byType, "DocumentReference"));
    Case structured = new Case(caseId, assessedOn, patient, pain(labs.pain(), facts, conditions.painOnset()),
        new MedicalTherapy(vocabulary(facts, VapathFhir.THERAPY_RESPONSE, THERAPY),
            facts.since(VapathFhir.THERAPY_RESPONSE)),
        new Neuro(either(conditions.myelopathy(), facts.bool(VapathFhir.MYELOPATHY)),
            either(conditions.radiculopathy(), facts.bool(VapathFhir.RADICULOPATHY))),
        new Infection(InfectionStatus.worse(conditions.infection(),
            vocabulary(facts, VapathFhir.INFECTION_STATUS, INFECTION))),
        new Coagulopathy(vocabulary(facts, VapathFhir.COAGULOPATHY_STATUS, COAGULOPATHY)),
        MedicationFacts.allergies(all(byType, "AllergyIntolerance")),
        MedicationFacts.medications(all(byType, "MedicationRequest"), all(byType, "MedicationStatement"),
            all(byType, "Medication"), codes, issues),
        new Renal(facts.quantity(VapathFhir.CREATININE_CLEARANCE)), labs.labs(),
        ImagingFacts.read(all(byType, "ImagingStudy"), all(byType, "DiagnosticReport"), codes, issues),
        conditions.fractures(), issues.list(), function(facts),
        new OsteoporosisCare(facts.bool(VapathFhir.BMD_REFERRAL), facts.bool(VapathFhir.OSTEOPOROSIS_TREATMENT)));
    return ReportsIntoCase.fill(structured, read);
  }

  /** A sign a diagnosis names is present, whatever an older examination said; otherwise the examination's word. */
  private static Boolean either(Boolean diagnosed, Boolean examined) {
    return Boolean.TRUE.equals(diagnosed) ? Boolean.TRUE : examined;
  }

  /** An explicit pain status wins over the score, which is kept for the engine's rule. */
  private Pain pain(Pain score, CaseFactObservations facts, LocalDate onset) {
    PainStatus stated = vocabulary(facts, VapathFhir.PAIN_STATUS, PAIN);
    if (stated == null && score == null && onset == null) {
      return null;
    }
    return new Pain(stated, score == null ? null : score.nrs(), onset, score == null ? null : score.nrsDate());
  }

  /** The disability scores (RMDQ a whole number 0-24, ODI 0-100: another value was named and is unknown). */
  private static FunctionScores function(CaseFactObservations facts) {
    Double rmdq = facts.quantity(VapathFhir.RMDQ);
    return new FunctionScores(rmdq == null ? null : rmdq.intValue(), facts.quantity(VapathFhir.ODI));
  }

  private static <E extends Enum<E>> E vocabulary(CaseFactObservations facts, String fact, Map<String, E> values) {
    String code = facts.code(fact);
    return code == null ? null : values.get(code);
  }

  private Patient patient(JsonNode patient, LocalDate assessedOn, ReadIssues issues, CaseFactObservations facts,
      Double weightKg) {
    Boolean pregnant = facts.bool(VapathFhir.PREGNANT);
    Boolean hospitalized = facts.bool(VapathFhir.HOSPITALIZED);
    if (patient == null) {
      return pregnant == null && hospitalized == null && weightKg == null ? null
          : new Patient(null, null, pregnant, hospitalized, weightKg);
    }
    Integer age = null;
    try {
      LocalDate born = FhirNodes.date(FhirNodes.text(patient, "birthDate"), patient, "birthDate");
      // A birth date after the assessment or before 1900 is a record's error: named, the age left unknown.
      PlausibleDates.check(FhirNodes.where(patient) + ".birthDate", born, assessedOn);
      age = born == null ? null : Period.between(born, assessedOn).getYears();
    } catch (InputError e) {
      issues.add(patient, e);
    }
    return new Patient(age, sex(patient), pregnant, hospitalized, weightKg);
  }

  /** The sex for clinical use (US Core's extension) when recorded, else the administrative gender. */
  private Sex sex(JsonNode patient) {
    for (Map.Entry<String, String> known : pack.terminology().sexExtensions().entrySet()) {
      JsonNode extension = FhirNodes.extension(patient, known.getKey());
      if (extension == null) {
        continue;
      }
      Concept coded = known.getValue().isEmpty() ? codes.findIn(List.of(extension.path("valueCoding")), "sex")
          : pack.terminology().find(known.getValue(), FhirNodes.text(extension, "valueCode"), "sex");
      if (coded != null) {
        return "female".equals(coded.value()) ? Sex.FEMALE : Sex.MALE;
      }
    }
    String gender = FhirNodes.text(patient, "gender");
    return gender == null ? null : switch (gender) {
      case "female" -> Sex.FEMALE;
      case "male" -> Sex.MALE;
      case "other" -> Sex.OTHER;
      default -> Sex.UNKNOWN;
    };
  }

  private static List<JsonNode> all(Map<String, List<JsonNode>> byType, String type) {
    return byType.getOrDefault(type, List.of());
  }
}
