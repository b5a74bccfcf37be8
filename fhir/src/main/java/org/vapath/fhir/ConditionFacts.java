package org.vapath.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.VertebralLevel;

/**
 * What the patient's conditions say: the vertebral fractures (level from the body site when it is
 * written, etiology from the code) and the infection status. Refuted and entered-in-error
 * conditions are ignored; an inactive or resolved one no longer counts; an unconfirmed infection
 * is a suspected one. Nothing else is inferred: what no condition says stays unknown.
 */
final class ConditionFacts {
  private static final Pattern LEVEL = Pattern.compile("\\b([CTLS])\\s?(\\d{1,2})\\b");
  private static final String NO_LEVEL = "";

  private final Map<String, Etiology> fractures = new LinkedHashMap<>();
  private InfectionStatus infection;

  ConditionFacts(List<Condition> conditions, Codes codes) {
    for (Condition condition : conditions) {
      if (counts(condition)) {
        read(condition, codes);
      }
    }
  }

  /**
   * The fractures the conditions name; none when no condition names one, because the problem list
   * is the record of diagnoses (the decision then says that no fracture is recorded).
   */
  List<Fracture> fractures() {
    List<Fracture> list = new ArrayList<>();
    fractures.forEach((level, etiology) -> list.add(new Fracture(level.isEmpty() ? null
        : VertebralLevel.valueOf(level), etiology, null, null, null, null, null)));
    return list;
  }

  InfectionStatus infection() {
    return infection;
  }

  private void read(Condition condition, Codes codes) {
    Concept fracture = codes.find(condition.getCode(), "fracture");
    if (fracture != null) {
      Etiology etiology = Etiology.valueOf(fracture.value().toUpperCase(java.util.Locale.ROOT));
      // Two codes for one level that disagree on the cause leave the cause to the clinician.
      fractures.merge(level(condition), etiology, (a, b) -> a == b || b == Etiology.UNKNOWN ? a
          : a == Etiology.UNKNOWN ? b : Etiology.UNKNOWN);
    }
    Concept infectionCode = codes.find(condition.getCode(), "infection");
    if (infectionCode != null) {
      InfectionStatus status = confirmed(condition)
          ? InfectionStatus.valueOf(infectionCode.value().toUpperCase(java.util.Locale.ROOT))
          : InfectionStatus.SUSPECTED;
      infection = worse(infection, status);
    }
  }

  private static InfectionStatus worse(InfectionStatus a, InfectionStatus b) {
    return a == null || b.ordinal() > a.ordinal() ? b : a;
  }

  private static String level(Condition condition) {
    for (CodeableConcept site : condition.getBodySite()) {
      List<String> words = new ArrayList<>();
      words.add(site.getText());
      site.getCoding().stream().map(Coding::getDisplay).forEach(words::add);
      for (String word : words) {
        String level = levelIn(word);
        if (level != null) {
          return level;
        }
      }
    }
    return NO_LEVEL;
  }

  /** "L1", "T 12", "L1 vertebra" are levels; anything else is not. */
  static String levelIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = LEVEL.matcher(text.toUpperCase(java.util.Locale.ROOT));
    while (matcher.find()) {
      String candidate = matcher.group(1) + Integer.parseInt(matcher.group(2));
      for (VertebralLevel level : VertebralLevel.values()) {
        if (level.name().equals(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private static boolean counts(Condition condition) {
    String verification = code(condition.getVerificationStatus());
    String clinical = code(condition.getClinicalStatus());
    return !Objects.equals(verification, "refuted") && !Objects.equals(verification, "entered-in-error")
        && !Objects.equals(clinical, "inactive") && !Objects.equals(clinical, "resolved")
        && !Objects.equals(clinical, "remission");
  }

  private static boolean confirmed(Condition condition) {
    String verification = code(condition.getVerificationStatus());
    return verification == null || verification.equals("confirmed");
  }

  private static String code(CodeableConcept concept) {
    return concept == null || concept.getCoding().isEmpty() ? null : concept.getCodingFirstRep().getCode();
  }
}
