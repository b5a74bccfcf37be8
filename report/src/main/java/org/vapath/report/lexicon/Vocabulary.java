package org.vapath.report.lexicon;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The named word lists of the report lexicon, by their name in {@code report-lexicon.json}. */
public enum Vocabulary {
  SECTION_HISTORY("section.history"),
  SECTION_TECHNIQUE("section.technique"),
  SECTION_COMPARISON("section.comparison"),
  SECTION_EXAM("section.exam"),
  SECTION_FINDINGS("section.findings"),
  SECTION_IMPRESSION("section.impression"),
  SECTION_SIGNATURE("section.signature"),
  TOPIC_NON_VERTEBRAL("topic.nonVertebral"),
  MODALITY_PET("modality.PET"),
  MODALITY_NM("modality.NM"),
  MODALITY_MR("modality.MR"),
  MODALITY_CT("modality.CT"),
  MODALITY_XR("modality.XR"),
  LEVEL_NOUNS("level.nouns"),
  LEVEL_SEQUENCE_WORDS("level.sequenceWords"),
  LEVEL_DISC_WORDS("level.discWords"),
  SITES_NON_VERTEBRAL("sites.nonVertebral", true),
  SITES_REGIONS("sites.regions", true),
  REFERENCE_FORMER("reference.former", true),
  REFERENCE_LATTER("reference.latter", true),
  REFERENCE_FRACTURED("reference.fractured", true),
  LEVEL_LOCATIVES("level.locatives", true),
  NEGATION_FORWARD("negation.forward", true),
  NEGATION_BACKWARD("negation.backward", true),
  NEGATION_QUALIFIERS("negation.qualifiers"),
  HEDGE_FORWARD("hedge.forward", true),
  HEDGE_BACKWARD("hedge.backward", true),
  HYPOTHETICAL_FORWARD("hypothetical.forward", true),
  HYPOTHETICAL_BACKWARD("hypothetical.backward", true),
  IGNORE_FORWARD("ignore.forward", true),
  IGNORE_BACKWARD("ignore.backward", true),
  PSEUDO("pseudo", true),
  TERMINATION("termination", true),
  SCOPE_LIMITER("scope.limiter", true),
  SCOPE_THESE_LEVELS("scope.theseLevels", true),
  SCOPE_WHOLE_STUDY("scope.wholeStudy", true),
  FRACTURE("fracture", true),
  FRACTURE_EXCLUDED("fracture.excluded", true),
  ACUITY_ACUTE("acuity.acute", true),
  ACUITY_SUBACUTE("acuity.subacute", true),
  ACUITY_CHRONIC("acuity.chronic", true),
  ACUITY_UNCERTAIN("acuity.uncertain", true),
  ACUITY_UNSTATED("acuity.unstated", true),
  ACUITY_EXCLUDED("acuity.excluded", true),
  EDEMA("edema", true),
  EDEMA_EXCLUDED("edema.excluded", true),
  EDEMA_LESION_WORDS("edema.lesionWords"),
  EDEMA_NEGATOR("edema.negator", true),
  RETROPULSION("retropulsion", true),
  CANAL("canal", true),
  CANAL_COMPLETE("canal.complete", true),
  CANAL_AFFIRM_ONLY("canal.affirmOnly", true),
  CANAL_COMPANION("canal.companion", true),
  CANAL_NEGATOR("canal.negator", true),
  CANAL_DEGENERATIVE("canal.degenerative", true),
  WALL("wall", true),
  WALL_COMPANION("wall.companion", true),
  WALL_NEGATOR("wall.negator", true),
  ETIOLOGY_OSTEOPOROSIS("etiology.osteoporosis", true),
  ETIOLOGY_MALIGNANCY("etiology.malignancy", true),
  ETIOLOGY_PATHOLOGIC("etiology.pathologic", true),
  ETIOLOGY_HEMANGIOMA("etiology.hemangioma", true),
  ETIOLOGY_TRAUMA("etiology.trauma", true),
  ETIOLOGY_INFECTION("etiology.infection", true),
  CANCER_CONTEXT("cancer.context", true),
  CEMENT("cement", true),
  CEMENT_EXCLUDED("cement.excluded", true),
  HEIGHT_WORDS("height.words"),
  HEIGHT_LOSS_WORDS("height.lossWords"),
  HEIGHT_COLLAPSE_WORDS("height.collapseWords"),
  HEIGHT_REMAINING_WORDS("height.remainingWords"),
  HEIGHT_BLOCKERS("height.blockers"),
  GRADE_BLOCKERS("grade.blockers");

  private static final Map<String, Vocabulary> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Vocabulary::jsonName, Function.identity()));

  private final String jsonName;
  private final boolean inSentences;

  Vocabulary(String jsonName) {
    this(jsonName, false);
  }

  Vocabulary(String jsonName, boolean inSentences) {
    this.jsonName = jsonName;
    this.inSentences = inSentences;
  }

  /** The list's name in the lexicon file, e.g. {@code negation.forward}. */
  public String jsonName() {
    return jsonName;
  }

  /** Whether the list's phrases are looked for in every sentence (the others are read in one place each). */
  public boolean inSentences() {
    return inSentences;
  }

  public static Optional<Vocabulary> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
