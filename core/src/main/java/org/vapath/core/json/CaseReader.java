package org.vapath.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.vapath.core.model.Coagulopathy;
import org.vapath.core.model.CoagulopathyStatus;
import org.vapath.core.model.Infection;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.FunctionScores;
import org.vapath.core.model.MedicalTherapy;
import org.vapath.core.model.Neuro;
import org.vapath.core.model.OsteoporosisCare;
import org.vapath.core.model.Pain;
import org.vapath.core.model.PainStatus;
import org.vapath.core.model.Patient;
import org.vapath.core.model.RecordIssue;
import org.vapath.core.model.Renal;
import org.vapath.core.model.TherapyResponse;

/**
 * Reads a case from JSON (shared/spec/case-format.md), strictly: a malformed document, an unknown
 * field, a wrong type, an unknown value or unit, a number out of range, a bad date, an assessment
 * date after today, a date after the assessment date or before 1900 ({@link PlausibleDates}) is
 * refused with an {@link InputError} naming the field and value.
 * Lab values are converted to the canonical unit of the knowledge pack. Thread-safe.
 */
public final class CaseReader {
  private static final Set<String> CASE_FIELDS = Set.of("caseId", "assessedOn", "patient", "pain",
      "medicalTherapy", "neuro", "infection", "coagulopathy", "allergies", "medications", "renal", "labs",
      "imaging", "fractures", "recordIssues", "function", "osteoporosisCare", "reportedFacts");
  private static final Map<String, PainStatus> PAIN = Vocabulary.lowerCase(PainStatus.class);
  private static final Map<String, TherapyResponse> THERAPY = Vocabulary.lowerCase(TherapyResponse.class);
  private static final Map<String, InfectionStatus> INFECTION = Vocabulary.lowerCase(InfectionStatus.class);
  private static final Map<String, CoagulopathyStatus> COAGULOPATHY = Vocabulary.lowerCase(CoagulopathyStatus.class);

  private final ListsJson lists;
  private final FractureJson fractures;
  private final Supplier<LocalDate> today;

  /** A reader that converts lab units by {@code pack} and dates an undated case {@code today}. */
  public CaseReader(KnowledgePack pack, Supplier<LocalDate> today) {
    this.lists = new ListsJson(Objects.requireNonNull(pack, "pack == null"));
    this.fractures = new FractureJson(pack.sins());
    this.today = Objects.requireNonNull(today, "today == null");
  }

  public Case read(String json) {
    try (JsonParser parser = Json.STREAM.createParser(json)) {
      return read(parser);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Case read(InputStream json) throws IOException {
    try (JsonParser parser = Json.STREAM.createParser(json)) {
      return read(parser);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  public Case read(JsonNode tree) {
    try (JsonParser parser = tree.traverse(Json.STREAM)) {
      return read(parser);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Case read(JsonParser parser) throws IOException {
    JsonCursor in = new JsonCursor(parser);
    if (!in.start()) {
      throw new InputError("(document)", null, "is empty; expected a case as a JSON object");
    }
    if (!in.object()) {
      throw new InputError("(document)", "null", "a case must be a JSON object");
    }
    Draft draft = new Draft();
    while (in.nextField()) {
      field(in, draft);
    }
    in.end();
    LocalDate day = today.get();
    LocalDate assessedOn = draft.assessedOn == null ? day : draft.assessedOn;
    Case kase = new Case(draft.caseId, assessedOn, draft.patient, draft.pain, draft.therapy, draft.neuro,
        draft.infection, draft.coagulopathy, draft.allergies, draft.medications, draft.renal, draft.labs,
        draft.imaging, draft.fractures, draft.recordIssues, draft.function, draft.osteoporosisCare,
        draft.reportedFacts);
    EventDates.check(kase, day);
    return kase;
  }

  private void field(JsonCursor in, Draft draft) throws IOException {
    switch (in.field()) {
      case "caseId" -> draft.caseId = in.text();
      case "assessedOn" -> draft.assessedOn = in.date();
      case "patient" -> draft.patient = PatientJson.patient(in);
      case "pain" -> draft.pain = pain(in);
      case "medicalTherapy" -> draft.therapy = therapy(in);
      case "neuro" -> draft.neuro = neuro(in);
      case "infection" -> draft.infection = in.object() ? new Infection(status(in, INFECTION)) : null;
      case "coagulopathy" -> draft.coagulopathy = in.object() ? new Coagulopathy(status(in, COAGULOPATHY)) : null;
      case "allergies" -> draft.allergies = ListsJson.allergies(in);
      case "medications" -> draft.medications = ListsJson.medications(in);
      case "renal" -> draft.renal = renal(in);
      case "labs" -> draft.labs = lists.labs(in);
      case "imaging" -> draft.imaging = ListsJson.imaging(in);
      case "fractures" -> draft.fractures = fractures.read(in);
      case "recordIssues" -> draft.recordIssues = recordIssues(in);
      case "function" -> draft.function = PatientJson.function(in);
      case "osteoporosisCare" -> draft.osteoporosisCare = PatientJson.osteoporosisCare(in);
      case "reportedFacts" -> draft.reportedFacts = ReportedFactsJson.read(in);
      default -> throw in.unknownField(CASE_FIELDS);
    }
  }

  static InputError malformed(JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return new InputError("(document)", null, "is not valid JSON" + where + ": " + e.getOriginalMessage());
  }

  private static Pain pain(JsonCursor in) throws IOException {
    if (!in.object()) {
      return null;
    }
    PainStatus status = null;
    Double nrs = null;
    LocalDate onset = null;
    LocalDate nrsDate = null;
    while (in.nextField()) {
      switch (in.field()) {
        case "status" -> status = in.oneOf(PAIN);
        case "nrs" -> nrs = in.number(0, 10);
        case "onset" -> onset = in.date();
        case "nrsDate" -> nrsDate = in.date();
        default -> throw in.unknownField(Set.of("status", "nrs", "onset", "nrsDate"));
      }
    }
    return new Pain(status, nrs, onset, nrsDate);
  }

  private static List<RecordIssue> recordIssues(JsonCursor in) throws IOException {
    List<RecordIssue> issues = new ArrayList<>(1);
    if (!in.array()) {
      return issues;
    }
    while (in.nextItem()) {
      if (!in.object()) {
        throw in.refuse("must be an object");
      }
      String resource = null;
      String element = null;
      String why = null;
      while (in.nextField()) {
        switch (in.field()) {
          case "resource" -> resource = in.requiredText();
          case "element" -> element = in.text();
          case "why" -> why = in.requiredText();
          default -> throw in.unknownField(Set.of("resource", "element", "why"));
        }
      }
      if (resource == null || why == null) {
        throw new InputError("recordIssues[" + issues.size() + "]." + (resource == null ? "resource" : "why"), null,
            "is required");
      }
      issues.add(new RecordIssue(resource, element, why));
    }
    return issues;
  }

  private static MedicalTherapy therapy(JsonCursor in) throws IOException {
    if (!in.object()) {
      return null;
    }
    TherapyResponse status = null;
    LocalDate since = null;
    while (in.nextField()) {
      switch (in.field()) {
        case "status" -> status = in.oneOf(THERAPY);
        case "since" -> since = in.date();
        default -> throw in.unknownField(Set.of("status", "since"));
      }
    }
    return new MedicalTherapy(status, since);
  }

  private static Neuro neuro(JsonCursor in) throws IOException {
    if (!in.object()) {
      return null;
    }
    Boolean myelopathy = null;
    Boolean radiculopathy = null;
    while (in.nextField()) {
      switch (in.field()) {
        case "myelopathy" -> myelopathy = in.bool();
        case "radiculopathy" -> radiculopathy = in.bool();
        default -> throw in.unknownField(Set.of("myelopathy", "radiculopathy"));
      }
    }
    return new Neuro(myelopathy, radiculopathy);
  }

  private static <E extends Enum<E>> E status(JsonCursor in, Map<String, E> vocabulary) throws IOException {
    E status = null;
    while (in.nextField()) {
      if (!in.field().equals("status")) {
        throw in.unknownField(Set.of("status"));
      }
      status = in.oneOf(vocabulary);
    }
    return status;
  }

  private static Renal renal(JsonCursor in) throws IOException {
    if (!in.object()) {
      return null;
    }
    Double clearance = null;
    while (in.nextField()) {
      if (!in.field().equals("creatinineClearanceMlMin")) {
        throw in.unknownField(Set.of("creatinineClearanceMlMin"));
      }
      clearance = in.number(0, 300);
    }
    return new Renal(clearance);
  }

  /** The case's fields as they are read, in whatever order the document gives them. */
  private static final class Draft {
    String caseId;
    LocalDate assessedOn;
    Patient patient;
    Pain pain;
    MedicalTherapy therapy;
    Neuro neuro;
    Infection infection;
    Coagulopathy coagulopathy;
    List<String> allergies;
    List<org.vapath.core.model.Medication> medications;
    Renal renal;
    List<org.vapath.core.model.LabResult> labs = new ArrayList<>(0);
    List<org.vapath.core.model.ImagingStudy> imaging = new ArrayList<>(0);
    List<org.vapath.core.model.Fracture> fractures;
    List<RecordIssue> recordIssues;
    FunctionScores function;
    OsteoporosisCare osteoporosisCare;
    List<org.vapath.core.model.ReportedFact> reportedFacts;
  }
}
