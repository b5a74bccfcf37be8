package org.vapath.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.KnowledgeError;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Vocabulary;

/** The lexicon is data with its sources; an institution adds words, checked word by word. */
class LexiconTest {
  private static final String HEDGED = "Findings: T9 lesion, in all likelihood a metastasis.";

  @TempDir
  Path dir;

  @Test
  void everyListOfTheShippedLexiconNamesASourceOfTheLexiconAndSaysWhatItIsFor() throws IOException {
    JsonNode lexicon;
    try (InputStream in = Lexicon.class.getResourceAsStream("/org/vapath/report/report-lexicon.json")) {
      lexicon = new ObjectMapper().readTree(in);
    }
    for (Map.Entry<String, JsonNode> list : lexicon.get("lists").properties()) {
      assertThat(lexicon.get("sources").has(list.getValue().get("source").asText())).as(list.getKey()).isTrue();
      assertThat(list.getValue().get("note").asText()).as(list.getKey()).isNotBlank();
    }
    assertThat(lexicon.get("sources").get("NEGEX").asText()).contains("Chapman WW");
    assertThat(lexicon.get("sources").get("CONTEXT").asText()).contains("Harkema H");
  }

  @Test
  void everyVocabularyIsInTheShippedLexicon() {
    for (Vocabulary vocabulary : Vocabulary.values()) {
      assertThat(Lexicon.embedded().terms(vocabulary)).as(vocabulary.jsonName()).isNotEmpty();
    }
  }

  @Test
  void anInstitutionsHedgeTurnsAStatedEtiologyUncertain() throws IOException {
    assertThat(ReaderPhraseTest.facts(HEDGED)).containsExactly("T9 etiology=malignancy");
    Path additions = Files.writeString(dir.resolve("words.json"),
        "{\"institution\": \"Example Hospital\", \"lists\": {\"hedge.forward\": [\"In all likelihood\"]}}");

    Lexicon lexicon = Lexicon.embedded().withAdditions(additions);
    ReportReading reading = new ReportReader(lexicon).read(HEDGED);

    assertThat(reading.levels().get(0).value(FactKey.ETIOLOGY)).contains("uncertain");
    assertThat(reading.lexiconAdditions()).isEqualTo("Example Hospital");
    assertThat(lexicon.terms(Vocabulary.HEDGE_FORWARD)).contains("possible", "in all likelihood");
  }

  @Test
  void anInstitutionAddsAFraction() {
    Lexicon lexicon = Lexicon.embedded().withAdditions(
        "{\"institution\": \"X\", \"maps\": {\"quantity.fractions\": {\"two fifths\": 40}}}", "words.json");

    ReportReading reading = new ReportReader(lexicon).read("Findings: L1 fracture with two fifths loss of height.");

    assertThat(reading.levels().get(0).value(FactKey.HEIGHT_LOSS_PERCENT)).contains("40");
  }

  @Test
  void anUnknownListIsRefusedNamingItAndTheKnownLists() {
    assertThatThrownBy(()
        -> Lexicon.embedded().withAdditions("{\"institution\": \"X\", \"lists\": {\"hedges\": [\"maybe\"]}}",
        "words.json"))
        .isInstanceOf(KnowledgeError.class)
        .hasMessageContaining("words.json")
        .hasMessageContaining("lists.hedges unknown list")
        .hasMessageContaining("hedge.forward");
  }

  @Test
  void aBlankWordIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> Lexicon.embedded().withAdditions(
        "{\"institution\": \"X\", \"lists\": {\"hedge.forward\": [\"perhaps\", \" \"]}}", "words.json"))
        .isInstanceOf(KnowledgeError.class)
        .hasMessage("lexicon words.json: lists.hedge.forward[1] must be a word or phrase (got \" \")");
  }

  @Test
  void aFractionOutOfRangeIsRefused() {
    assertThatThrownBy(() -> Lexicon.embedded().withAdditions(
        "{\"institution\": \"X\", \"maps\": {\"quantity.fractions\": {\"twice\": 200}}}", "words.json"))
        .isInstanceOf(KnowledgeError.class)
        .hasMessageContaining("maps.quantity.fractions.twice must be a whole number from 1 to 100 (got 200)");
  }

  @Test
  void additionsCannotRemoveOrCarryOtherFields() {
    assertThatThrownBy(() -> Lexicon.embedded().withAdditions("{\"institution\": \"X\", \"remove\": {}}", "words.json"))
        .isInstanceOf(KnowledgeError.class).hasMessageContaining("remove unknown field");
    assertThatThrownBy(() -> Lexicon.embedded().withAdditions("{\"lists\": {}}", "words.json"))
        .isInstanceOf(KnowledgeError.class).hasMessageContaining("institution must be a non-empty text");
    assertThatThrownBy(() -> Lexicon.embedded().withAdditions("not json", "words.json"))
        .isInstanceOf(KnowledgeError.class).hasMessageContaining("not valid JSON");
  }

  @Test
  void aMissingFileIsRefusedNamingIt() {
    assertThatThrownBy(() -> Lexicon.embedded().withAdditions(dir.resolve("missing.json")))
        .isInstanceOf(KnowledgeError.class).hasMessageContaining("missing.json").hasMessageContaining("cannot read");
  }
}
