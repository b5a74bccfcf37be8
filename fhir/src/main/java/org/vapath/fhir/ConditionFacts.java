package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.core.json.PlausibleDates;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.InfectionStatus;
import org.vapath.core.model.VertebralLevel;

/**
 * What the patient's conditions say: the vertebral fractures (level from the body site or the
 * code's words, etiology from the code or VAPath's etiology extension, the per-level facts from
 * VAPath's extensions, an unreadable one named and left unknown alone), the infection status, and
 * myelopathy or radiculopathy when a confirmed diagnosis names them. Refuted and entered-in-error
 * conditions are ignored; an inactive or resolved one no longer counts; an unconfirmed infection is
 * a suspected one. A traumatic fracture code beside an osteoporosis diagnosis leaves the cause to
 * the clinician. Nothing else is inferred: what no condition says stays unknown.
 */
final class ConditionFacts {
  private static final List<String> ETIOLOGIES = List.of("osteoporosis", "malignancy", "hemangioma", "trauma",
      "other", "unknown");
  private static final String NO_LEVEL = "";
  private static final List<String> OTHER_ONSETS = List.of("onsetAge", "onsetPeriod", "onsetRange", "onsetString");

  private final Map<String, Fracture> fractures = new LinkedHashMap<>();
  private final Set<String> causeStated = new HashSet<>();
  private final Codes codes;
  private final SinsScale sins;
  private final ReadIssues issues;
  private final LocalDate assessedOn;
  private boolean onsetUnreadable;
  private InfectionStatus infection;
  private Boolean myelopathy;
  private Boolean radiculopathy;
  private boolean osteoporosis;
  /** The earliest onset of a fracture condition: when its pain began (docs/fhir-profile.md). */
  private LocalDate painOnset;

  ConditionFacts(List<JsonNode> conditions, Codes codes, SinsScale sins, LocalDate assessedOn, ReadIssues issues) {
    this.codes = codes;
    this.assessedOn = assessedOn;
    this.sins = sins;
    this.issues = issues;
    for (JsonNode condition : conditions) {
      try {
        if (counts(condition)) {
          read(condition);
        }
      } catch (InputError e) {
        issues.add(condition, e);
      }
    }
  }

  /**
   * The fractures the conditions name; none when no condition names one, because the problem list
   * is the record of diagnoses (the decision then says that no fracture is recorded).
   */
  List<Fracture> fractures() {
    List<Fracture> all = new ArrayList<>(fractures.size());
    fractures.forEach((level, fracture) -> all.add(osteoporosis && fracture.etiology() == Etiology.TRAUMA
        && !causeStated.contains(level) ? withEtiology(fracture, Etiology.UNKNOWN) : fracture));
    return all;
  }

  /**
   * When the pain of the fractures began: the earliest fracture condition's onsetDateTime, or unknown;
   * unknown too when a fracture condition's onset cannot be read, since it may be the earliest.
   */
  LocalDate painOnset() {
    return onsetUnreadable ? null : painOnset;
  }

  /**
   * A fracture condition's onsetDateTime. An onset that is not a date, is after the assessment or
   * before 1900, or is given as another onset[x] (an age, a period, a range, words) is named and
   * leaves the pain onset unknown; the fracture is still read.
   */
  private LocalDate onset(JsonNode condition) {
    String where = FhirNodes.where(condition);
    try {
      for (String other : OTHER_ONSETS) {
        if (condition.has(other)) {
          throw new InputError(where + "." + other, condition.get(other).toString(),
              "is not read: VAPath reads a fracture's pain onset from onsetDateTime");
        }
      }
      LocalDate onset = FhirNodes.date(FhirNodes.text(condition, "onsetDateTime"), condition, "onsetDateTime");
      return PlausibleDates.check(where + ".onsetDateTime", onset, assessedOn);
    } catch (InputError e) {
      issues.add(condition, e);
      onsetUnreadable = true;
      return null;
    }
  }

  InfectionStatus infection() {
    return infection;
  }

  /** {@code true} when a confirmed diagnosis names myelopathy or cord compression; otherwise unknown. */
  Boolean myelopathy() {
    return myelopathy;
  }

  Boolean radiculopathy() {
    return radiculopathy;
  }

  private void read(JsonNode condition) {
    JsonNode code = condition.get("code");
    Concept fracture = codes.find(code, "fracture");
    Concept infectionCode = codes.find(code, "infection");
    boolean confirmed = confirmed(condition);
    // Read the code, level and cause first, so that an unreadable one leaves this condition out whole (it
    // may be the fracture); an unreadable per-level fact or onset is named and left unknown alone.
    Fracture read = null;
    String level = NO_LEVEL;
    String stated = null;
    VertebralLevel named = fracture == null ? null : level(condition);
    if (fracture != null && (!fracture.vertebralSiteRequired() || named != null || vertebralSite(condition))) {
      level = named == null ? NO_LEVEL : named.name();
      stated = etiology(condition);
      read = fracture(condition, named, stated == null ? fracture.value() : stated);
    }
    LocalDate onset = read == null ? null : onset(condition);
    if (read != null) {
      if (onset != null && (painOnset == null || onset.isBefore(painOnset))) {
        painOnset = onset;
      }
      fractures.merge(level, read, ConditionFacts::merge);
      if (stated != null) {
        causeStated.add(level);
      }
    }
    if (infectionCode != null) {
      InfectionStatus status = confirmed
          ? InfectionStatus.valueOf(infectionCode.value().toUpperCase(Locale.ROOT))
          : InfectionStatus.SUSPECTED;
      infection = InfectionStatus.worse(infection, status);
    }
    if (confirmed && codes.find(code, "myelopathy") != null) {
      myelopathy = true;
    }
    if (confirmed && codes.find(code, "radiculopathy") != null) {
      radiculopathy = true;
    }
    osteoporosis |= codes.find(code, "osteoporosis") != null
        || fracture != null && "osteoporosis".equals(fracture.value());
  }

  /** The fracture; an unreadable per-level extension is named and leaves only its fact unknown. */
  private Fracture fracture(JsonNode condition, VertebralLevel level, String etiology) {
    LevelExtensions read = new LevelExtensions(condition, sins, issues);
    return new Fracture(level, Etiology.valueOf(etiology.toUpperCase(Locale.ROOT)), read.heightLossPercent(),
        read.bool(VapathFhir.EDEMA), read.bool(VapathFhir.RETROPULSION), read.bool(VapathFhir.CANAL_COMPROMISE),
        read.bool(VapathFhir.PAIN_GENERATOR), read.bool(VapathFhir.POSTERIOR_WALL),
        read.bool(VapathFhir.EPIDURAL_EXTENSION), read.bool(VapathFhir.KYPHOTIC_DEFORMITY),
        read.bool(VapathFhir.HEIGHT_LOSS_PROGRESSION), read.bool(VapathFhir.BONE_SCAN_UPTAKE), read.sins(),
        read.bilskyGrade());
  }

  /** Two conditions for one level: facts combine; causes that disagree leave the cause to the clinician. */
  private static Fracture merge(Fracture a, Fracture b) {
    Etiology etiology = a.etiology() == b.etiology() || b.etiology() == Etiology.UNKNOWN ? a.etiology()
        : a.etiology() == Etiology.UNKNOWN ? b.etiology() : Etiology.UNKNOWN;
    return new Fracture(a.level(), etiology, first(a.heightLossPercent(), b.heightLossPercent()),
        first(a.edema(), b.edema()), first(a.retropulsion(), b.retropulsion()),
        first(a.canalCompromiseByTumor(), b.canalCompromiseByTumor()), first(a.painGenerator(), b.painGenerator()),
        first(a.posteriorWallInvolved(), b.posteriorWallInvolved()),
        first(a.epiduralExtension(), b.epiduralExtension()), first(a.kyphoticDeformity(), b.kyphoticDeformity()),
        first(a.heightLossProgression(), b.heightLossProgression()), first(a.boneScanUptake(), b.boneScanUptake()),
        first(a.sins(), b.sins()), first(a.bilskyGrade(), b.bilskyGrade()));
  }

  private static Fracture withEtiology(Fracture f, Etiology etiology) {
    return new Fracture(f.level(), etiology, f.heightLossPercent(), f.edema(), f.retropulsion(),
        f.canalCompromiseByTumor(), f.painGenerator(), f.posteriorWallInvolved(), f.epiduralExtension(),
        f.kyphoticDeformity(), f.heightLossProgression(), f.boneScanUptake(), f.sins(), f.bilskyGrade());
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
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

  /** The level the body site names, else the level the code's words name ("Fracture of L1 vertebra"). */
  private VertebralLevel level(JsonNode condition) {
    for (String words : siteWords(condition)) {
      VertebralLevel level = codes.words().level(words);
      if (level != null) {
        return level;
      }
    }
    for (String words : conceptWords(condition.get("code"))) {
      VertebralLevel level = codes.words().level(words);
      if (level != null) {
        return level;
      }
    }
    return null;
  }

  /** Whether the body site (or the code's words) places the condition in the spine. */
  private boolean vertebralSite(JsonNode condition) {
    for (String words : siteWords(condition)) {
      if (codes.words().saysSpine(words)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> siteWords(JsonNode condition) {
    List<String> words = new ArrayList<>();
    for (JsonNode site : condition.path("bodySite")) {
      words.addAll(conceptWords(site));
    }
    return words;
  }

  private static List<String> conceptWords(JsonNode concept) {
    List<String> words = new ArrayList<>();
    if (concept == null) {
      return words;
    }
    String text = FhirNodes.text(concept, "text");
    if (text != null) {
      words.add(text);
    }
    FhirNodes.codings(concept).forEach(coding -> {
      String display = FhirNodes.text(coding, "display");
      if (display != null) {
        words.add(display);
      }
    });
    return words;
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
