package org.vapath.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vapath.core.catalogue.Sources;
import org.vapath.core.knowledge.Antithrombotic;
import org.vapath.core.knowledge.Concept;
import org.vapath.core.knowledge.HoldRule;
import org.vapath.core.knowledge.Threshold;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.Etiology;

class KnowledgePackTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  @Test
  void theEmbeddedPackCarriesTheFiguresOfTheKnowledgeFile() {
    assertThat(PACK.threshold(KnowledgePack.INR_MAX).value()).isEqualTo(1.5);
    assertThat(PACK.threshold(KnowledgePack.PLATELETS_MIN).value()).isEqualTo(50);
    assertThat(PACK.threshold(KnowledgePack.LAB_VALIDITY_DAYS).value()).isEqualTo(30);
    assertThat(PACK.threshold(KnowledgePack.INR_RECHECK_DAYS).value()).isEqualTo(1);
    assertThat(PACK.etiology(Etiology.OSTEOPOROSIS).complicationRatePercent()).isEqualTo(3);
    assertThat(PACK.etiology(Etiology.MALIGNANCY).complicationRatePercent()).isEqualTo(10);
    assertThat(PACK.etiology(Etiology.HEMANGIOMA).complicationRatePercent()).isNull();
    assertThat(PACK.etiology(Etiology.TRAUMA).isIndication()).isFalse();
    assertThat(PACK.complications()).hasSize(6);
    assertThat(PACK.cementIngredients()).hasSize(10);
  }

  @Test
  void everySourceCitedInThePackIsDefined() {
    List<String> cited = new ArrayList<>();
    for (Threshold t : PACK.thresholds().values()) {
      cited.addAll(List.of(t.source(), t.safeMinSource(), t.safeMaxSource()));
    }
    PACK.etiologies().values().forEach(e -> cited.add(e.source()));
    for (Antithrombotic drug : PACK.antithrombotics()) {
      cited.add(drug.source());
      drug.holds().stream().map(HoldRule::source).filter(Objects::nonNull).forEach(cited::add);
      if (drug.unknownClearanceSource() != null) {
        cited.add(drug.unknownClearanceSource());
      }
    }
    for (LabTest test : LabTest.values()) {
      if (PACK.lab(test).conversionSource() != null) {
        cited.add(PACK.lab(test).conversionSource());
      }
    }
    PACK.terminology().concepts().stream().map(Concept::source).filter(Objects::nonNull).forEach(cited::add);
    cited.addAll(List.of(PACK.genant().source(), PACK.guidance().source(), PACK.guidance().ctLevelsSource(),
        PACK.outcomes().source(), PACK.outcomes().firstFollowUpSource(), PACK.outcomes().minimumCasesSource(),
        PACK.outcomes().functionSource(), PACK.sins().source(), PACK.bilsky().source(), PACK.coverage().source(),
        PACK.clearance().source(), PACK.terminology().source(), "REF", "PMMA"));

    for (String source : cited) {
      assertThat(PACK.sources().keySet()).as("source " + source).containsAll(Sources.ids(source));
    }
  }

  /** Issue 17, item 6: values whose former source did not state them now cite one that does, or read so. */
  @Test
  void everyValueCitesTheSourceThatStatesItOrReadsInstitutionalDefault() {
    assertThat(PACK.outcomes().firstFollowUpSource()).as("14 days: the pathway's visit at 2-4 weeks")
        .isEqualTo("HIRSCH-2018");
    assertThat(PACK.outcomes().minimumCasesSource()).isEqualTo(Sources.INSTITUTIONAL_DEFAULT);
    assertThat(PACK.outcomes().functionSource()).as("RMDQ 5, ODI 10: the consensus, not FARRAR-2001 (pain only)")
        .isEqualTo("MIC-LBP");
    assertThat(PACK.outcomes().rmdqMinimalChangePoints()).isEqualTo(5);
    assertThat(PACK.outcomes().odiMinimalChangePoints()).isEqualTo(10);
    assertThat(PACK.threshold(KnowledgePack.PLATELETS_MIN).safeMinSource()).isEqualTo(Sources.INSTITUTIONAL_DEFAULT);
    assertThat(PACK.threshold(KnowledgePack.INR_MAX).safeMinSource()).isEqualTo(Sources.INSTITUTIONAL_DEFAULT);
    assertThat(PACK.threshold(KnowledgePack.INR_MAX).safeMaxSource()).as("up to 1.8").isEqualTo("SIR-HEM-2019");
    assertThat(PACK.guidance().ctLevelsSource()).as("upper thoracic read as T1-T4")
        .isEqualTo(Sources.INSTITUTIONAL_DEFAULT);
    assertThat(PACK.terminology().concepts())
        .filteredOn(c -> c.system().equals("http://dicom.nema.org/resources/ontology/DCM")).isNotEmpty().allSatisfy(c -> assertThat(c.source()).isEqualTo(Sources.INSTITUTIONAL_DEFAULT));
    assertThat(PACK.threshold(KnowledgePack.LAB_VALIDITY_DAYS).source()).isEqualTo(Sources.INSTITUTIONAL_DEFAULT);
    assertThat(PACK.threshold(KnowledgePack.INR_RECHECK_DAYS).source()).isEqualTo(Sources.INSTITUTIONAL_DEFAULT);
    Antithrombotic heparin = PACK.antithrombotics().stream().filter(d -> d.id().equals("heparin")).findFirst()
        .orElseThrow();
    assertThat(heparin.holds()).extracting(HoldRule::route, HoldRule::describe)
        .containsExactlyInAnyOrder(tuple("iv", "4-6 hours"), tuple("sc", "24 hours"));
  }

  @Test
  void theMarkdownShowsConfirmAndInstitutionalDefaultBesideTheirValues() {
    String md = org.vapath.core.text.KnowledgeMarkdown.render(PACK);

    assertThat(md).contains("| `acuity.subacuteFromDays` | 42 | days | 42-42 [LCD-RUBRIC - LCD-RUBRIC] | LCD-RUBRIC"
        + " (confirm) |");
    assertThat(md).contains("| `labs.validityDays` | 30 | days | 1-30 [institutional default - institutional"
        + " default] | institutional default |");
    assertThat(md).contains("IV: 4-6 hours [SIR-HEM-2019] (conflicts with ASRA-TABLE, which gives 6 hours");
    assertThat(md).contains("SC: 24 hours [ASRA-TABLE]");
  }

  @Test
  void anOverrideInsideTheSafeRangeIsAppliedAndRecorded(@TempDir Path dir) throws IOException {
    Path file = write(dir, "{\"institution\": \"St Elsewhere\", \"thresholds\": {\"inr.max\": 1.8}}");

    KnowledgePack pack = KnowledgePackJson.applyOverrides(PACK, file);

    assertThat(pack.threshold(KnowledgePack.INR_MAX).value()).isEqualTo(1.8);
    assertThat(pack.overrides()).singleElement().satisfies(o -> {
      assertThat(o.packValue()).isEqualTo(1.5);
      assertThat(o.origin()).startsWith("St Elsewhere");
    });
    assertThat(PACK.threshold(KnowledgePack.INR_MAX).value()).as("the embedded pack is unchanged").isEqualTo(1.5);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "platelets.min,      19,  outside the safe range",
      "platelets.min,      101, outside the safe range",
      "inr.max,            2.0, outside the safe range",
      "inr.max,            1.0, outside the safe range",
      "labs.validityDays,  90,  outside the safe range",
      "inr.recheckDays,    7,   outside the safe range",
      "inr.maximum,        1.6, no such threshold",
      "pregnancy.ageTo,    45,  outside the safe range",
      "pregnancy.ageFrom,  14,  outside the safe range",
      "vertebraPlana.heightLossFromPercent, 90, outside the safe range",
      "levels.maxPerSession, 4, outside the safe range",
      "wbc.max,            12,  outside the safe range",
      "acuity.subacuteFromDays, 30, outside the safe range",
      "acuity.chronicFromDays, 120, outside the safe range"})
  void overridesOutsideTheSafeRangeOrUnknownAreRefused(String id, double value, String problem, @TempDir Path dir)
      throws IOException {
    Path file = write(dir, "{\"thresholds\": {\"" + id + "\": " + value + "}}");

    assertThatThrownBy(() -> KnowledgePackJson.applyOverrides(PACK, file)).isInstanceOf(KnowledgeError.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("thresholds." + id).hasMessageContaining(problem);
  }

  /** An institution may widen a question or lower a flag, within the safe range: never ask less, flag later. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"pregnancy.ageTo, 55", "pregnancy.ageFrom, 10", "vertebraPlana.heightLossFromPercent, 67",
      "levels.maxPerSession, 2", "wbc.max, 10.5"})
  void anInstitutionalDefaultOfVersionTwoMayBeOverriddenWithinItsSafeRange(String id, double value,
      @TempDir Path dir) throws IOException {
    Path file = write(dir, "{\"thresholds\": {\"" + id + "\": " + value + "}}");

    assertThat(KnowledgePackJson.applyOverrides(PACK, file).threshold(id).value()).isEqualTo(value);
  }

  @Test
  void aMalformedOverrideFileIsRefusedWithItsName(@TempDir Path dir) throws IOException {
    Path file = write(dir, "{\"thresholds\": {\"inr.max\": \"high\"}}");

    assertThatThrownBy(() -> KnowledgePackJson.applyOverrides(PACK, file)).isInstanceOf(KnowledgeError.class)
        .hasMessageContaining("thresholds.inr.max: must be a number");
    Path malformed = write(dir, "{");
    assertThatThrownBy(() -> KnowledgePackJson.applyOverrides(PACK, malformed)).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> KnowledgePackJson.applyOverrides(PACK, dir.resolve("absent.json")))
        .hasMessageContaining("cannot be read");
  }

  @Test
  void theMachineReadablePackReadsBackWithTheOverridesInForce() throws IOException {
    KnowledgePack overridden = PACK.withThresholds(Map.of(KnowledgePack.PLATELETS_MIN, 80.0), "test");

    String json = KnowledgePackJson.write(overridden);

    assertThat(json).contains("\"appliedOverrides\"");
    KnowledgePack reread = KnowledgePackJson.read(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
    assertThat(reread.threshold(KnowledgePack.PLATELETS_MIN).value()).isEqualTo(80.0);
    assertThat(reread.antithrombotics()).isEqualTo(PACK.antithrombotics());
  }

  private static Path write(Path dir, String json) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "overrides", ".json"), json);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"system\":\"http://snomed.info/sct\",\"code\":\"1\",\"means\":\"gout\"}"
          + " | which no concept of the pack means",
      "{\"system\":\"http://snomed.info/sct\",\"code\":\"1\",\"means\":\"fracture\",\"value\":\"gout\"}"
          + " | which no concept of the pack means",
      "{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"M80.08\",\"means\":\"fracture\","
          + "\"value\":\"trauma\"} | is already in the pack",
      "{\"system\":\"snomed\",\"code\":\"1\",\"means\":\"fracture\",\"value\":\"osteoporosis\"}"
          + " | must be the code system's URI"})
  void anInstitutionsCodesMayNameOnlyFactsThePackKnowsAndNeverRedefineItsCodes(String concept, String problem,
      @TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("codes.json"), "{\"terminology\":{\"concepts\":[" + concept + "]}}");
    assertThatThrownBy(() -> KnowledgePackJson.applyOverrides(KnowledgePackJson.embedded(), file))
        .isInstanceOf(KnowledgeError.class).hasMessageContaining(problem);
  }

  @Test
  void anInstitutionsCodesAreWrittenWithThePackAndReadBack(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("codes.json"), "{\"institution\":\"Test\",\"terminology\":"
        + "{\"concepts\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"999000001\",\"means\":"
        + "\"fracture\",\"value\":\"osteoporosis\"}]}}");
    KnowledgePack pack = KnowledgePackJson.applyOverrides(KnowledgePackJson.embedded(), file);
    KnowledgePack back = KnowledgePackJson.read(new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(KnowledgePackJson.write(pack)));
    assertThat(back.terminology().find("http://snomed.info/sct", "999000001").value()).isEqualTo("osteoporosis");
    assertThat(KnowledgePackJson.embedded().terminology().find("http://snomed.info/sct", "999000001")).isNull();
  }
}
