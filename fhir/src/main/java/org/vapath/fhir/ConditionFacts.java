package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vapath.core.InputError;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.VertebralLevel;

/**
 * What the patient's conditions say: the vertebral fractures (level from the body site when it is
 * written, etiology from the code or VAPath's etiology extension, the per-level facts from VAPath's
 * extensions) and the infection status. Refuted and entered-in-error conditions are ignored; an
 * inactive or resolved one no longer counts; an unconfirmed infection is a suspected one. Nothing
 * else is inferred: what no condition says stays unknown.
 */
final class ConditionFacts {
  private static final Pattern LEVEL = Pattern.compile("\\b([CTLS])\\s?(\\d{1,2})\\b");
  private static final List<String> ETIOLOGIES = List.of("osteoporosis", "malignancy", "hemangioma", "trauma",
      "other", "unknown");
  private static final String NO_LEVEL = "";

  private final Map<String, Fracture> fractures = new LinkedHashMap<>();
  private InfectionStatus infection;

  ConditionFacts(List<JsonNode> conditions, Codes codes) {
    for (JsonNode condition : conditions) {
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
    return new ArrayList<>(fractures.values());
  }

  InfectionStatus infection() {
    return infection;
  }

  private void read(JsonNode condition, Codes codes) {
    JsonNode code = condition.get("code");
    Concept fracture = codes.find(code, "fracture");
    if (fracture != null) {
      String level = level(condition);
      fractures.merge(level, fracture(condition, level, fracture), ConditionFacts::merge);
    }
    Concept infectionCode = codes.find(code, "infection");
    if (infectionCode != null) {
      InfectionStatus status = confirmed(condition)
          ? InfectionStatus.valueOf(infectionCode.value().toUpperCase(Locale.ROOT))
          : InfectionStatus.SUSPECTED;
      infection = InfectionStatus.worse(infection, status);
    }
  }

  private static Fracture fracture(JsonNode condition, String level, Concept code) {
    String stated = etiology(condition);
    Etiology etiology = Etiology.valueOf((stated == null ? code.value() : stated).toUpperCase(Locale.ROOT));
    JsonNode heightLoss = FhirNodes.extension(condition, VapathFhir.HEIGHT_LOSS);
    JsonNode decimal = heightLoss == null ? null : heightLoss.get("valueDecimal");
    return new Fracture(level.isEmpty() ? null : VertebralLevel.valueOf(level), etiology,
        decimal != null && decimal.isNumber() ? decimal.doubleValue() : null,
        bool(condition, VapathFhir.EDEMA), bool(condition, VapathFhir.RETROPULSION),
        bool(condition, VapathFhir.CANAL_COMPROMISE), bool(condition, VapathFhir.PAIN_GENERATOR));
  }

  /** Two conditions for one level: facts combine; causes that disagree leave the cause to the clinician. */
  private static Fracture merge(Fracture a, Fracture b) {
    Etiology etiology = a.etiology() == b.etiology() || b.etiology() == Etiology.UNKNOWN ? a.etiology()
        : a.etiology() == Etiology.UNKNOWN ? b.etiology() : Etiology.UNKNOWN;
    return new Fracture(a.level(), etiology, first(a.heightLossPercent(), b.heightLossPercent()),
        first(a.edema(), b.edema()), first(a.retropulsion(), b.retropulsion()),
        first(a.canalCompromiseByTumor(), b.canalCompromiseByTumor()), first(a.painGenerator(), b.painGenerator()));
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
  }

  private static Boolean bool(JsonNode condition, String url) {
    JsonNode extension = FhirNodes.extension(condition, url);
    if (extension == null) {
      return null;
    }
    JsonNode value = extension.get("valueBoolean");
    if (value == null || !value.isBoolean()) {
      throw new InputError(FhirNodes.where(condition) + ".extension(" + url + ")", null, "must be a valueBoolean");
    }
    return value.booleanValue();
  }

  private static String etiology(JsonNode condition) {
    JsonNode extension = FhirNodes.extension(condition, VapathFhir.ETIOLOGY);
    if (extension == null) {
      return null;
    }
    String value = FhirNodes.text(extension, "valueCode");
    if (value == null) {
      value = FhirNodes.text(extension, "valueString");
    }
    if (value == null || !ETIOLOGIES.contains(value)) {
      throw new InputError(FhirNodes.where(condition) + ".extension(" + VapathFhir.ETIOLOGY + ")", null,
          "must be a valueCode: osteoporosis, malignancy, hemangioma, trauma, other or unknown");
    }
    return value;
  }

  private static String level(JsonNode condition) {
    for (JsonNode site : condition.path("bodySite")) {
      List<String> words = new ArrayList<>();
      words.add(FhirNodes.text(site, "text"));
      FhirNodes.codings(site).forEach(coding -> words.add(FhirNodes.text(coding, "display")));
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
    Matcher matcher = LEVEL.matcher(text.toUpperCase(Locale.ROOT));
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

  private static boolean counts(JsonNode condition) {
    String verification = FhirNodes.firstCode(condition.get("verificationStatus"));
    String clinical = FhirNodes.firstCode(condition.get("clinicalStatus"));
    return !Objects.equals(verification, "refuted") && !Objects.equals(verification, "entered-in-error")
        && !Objects.equals(clinical, "inactive") && !Objects.equals(clinical, "resolved")
        && !Objects.equals(clinical, "remission");
  }

  private static boolean confirmed(JsonNode condition) {
    String verification = FhirNodes.firstCode(condition.get("verificationStatus"));
    return verification == null || verification.equals("confirmed");
  }
}
