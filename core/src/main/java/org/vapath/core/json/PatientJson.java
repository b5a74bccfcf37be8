package org.vapath.core.json;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.vapath.core.model.FunctionScores;
import org.vapath.core.model.OsteoporosisCare;
import org.vapath.core.model.Patient;
import org.vapath.core.model.Sex;

/** Reads the groups of a case about the patient as a person: who, disability scores, bone health care. */
final class PatientJson {
  private static final Set<String> PATIENT_FIELDS = Set.of("ageYears", "sex", "pregnant", "hospitalized",
      "weightKg");
  private static final Map<String, Sex> SEXES = Vocabulary.lowerCase(Sex.class);

  private PatientJson() {
  }

  static Patient patient(JsonCursor in) throws IOException {
    if (!in.object()) {
      return null;
    }
    Integer age = null;
    Sex sex = null;
    Boolean pregnant = null;
    Boolean hospitalized = null;
    Double weight = null;
    while (in.nextField()) {
      switch (in.field()) {
        case "ageYears" -> age = in.integer(0, 130);
        case "sex" -> sex = in.oneOf(SEXES);
        case "pregnant" -> pregnant = in.bool();
        case "hospitalized" -> hospitalized = in.bool();
        case "weightKg" -> weight = in.number(0.5, 500);
        default -> throw in.unknownField(PATIENT_FIELDS);
      }
    }
    return new Patient(age, sex, pregnant, hospitalized, weight);
  }

  static FunctionScores function(JsonCursor in) throws IOException {
    if (!in.object()) {
      return null;
    }
    Integer rmdq = null;
    Double odi = null;
    while (in.nextField()) {
      switch (in.field()) {
        case "rmdq" -> rmdq = in.integer(0, 24);
        case "odi" -> odi = in.number(0, 100);
        default -> throw in.unknownField(Set.of("rmdq", "odi"));
      }
    }
    return new FunctionScores(rmdq, odi);
  }

  static OsteoporosisCare osteoporosisCare(JsonCursor in) throws IOException {
    if (!in.object()) {
      return null;
    }
    Boolean referral = null;
    Boolean treatment = null;
    while (in.nextField()) {
      switch (in.field()) {
        case "bmdReferral" -> referral = in.bool();
        case "treatment" -> treatment = in.bool();
        default -> throw in.unknownField(Set.of("bmdReferral", "treatment"));
      }
    }
    return new OsteoporosisCare(referral, treatment);
  }
}
