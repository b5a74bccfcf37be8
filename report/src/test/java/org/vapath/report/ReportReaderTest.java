package org.vapath.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vapath.core.InputError;
import org.vapath.report.lexicon.Lexicon;

/** The reader's input, its JSON, and the evidence of every fact. */
class ReportReaderTest {
  private static final ReportReader READER = ReportReader.withEmbeddedLexicon();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void emptyTextIsRefused() {
    assertThatThrownBy(()
        -> READER.read("  \n ")).isInstanceOf(InputError.class).hasMessage("report: the report is empty");
  }

  @Test
  void binaryDataIsRefusedNamingTheFirstControlCharacter() {
    assertThatThrownBy(() -> READER.read("PK\u0003\u0004 zip"))
        .isInstanceOf(InputError.class)
        .hasMessage("report: is not plain text (binary data?) (got control character U+0003 at character 2)");
  }

  @Test
  void tooLongATextIsRefused() {
    assertThatThrownBy(() -> READER.read("a".repeat(ReportReader.MAX_CHARS + 1)))
        .isInstanceOf(InputError.class).hasMessageContaining("longer than 200000 characters");
  }

  @Test
  void theJsonHasTheCorpusKeysAndEvidenceThatPointsAtItsSentence() throws IOException {
    String text = Files.readString(ReportScore.folder("spine-reports").resolve("R01.txt"));

    JsonNode json = MAPPER.readTree(ReportJson.write(READER.read(text)));

    assertThat(json.get("modality").asText()).isEqualTo("MR");
    JsonNode l1 = json.get("levels").get(0);
    assertThat(l1.get("level").asText()).isEqualTo("L1");
    assertThat(l1.get("fracture").asBoolean()).isTrue();
    assertThat(l1.get("heightLossPercent").asInt()).isEqualTo(30);
    assertThat(l1.get("retropulsion").isBoolean()).isTrue();
    for (JsonNode evidence : l1.get("evidence").get("retropulsion")) {
      int start = evidence.get("start").asInt();
      int end = evidence.get("end").asInt();
      assertThat(text.substring(start, end)).isEqualTo(evidence.get("sentence").asText());
    }
    assertThat(l1.get("evidence").get("retropulsion").get(0).get("how").asText()).isEqualTo("negated by 'no'");
  }

  @Test
  void uncertainIsWrittenAsAWordAndAnAbsentKeyIsLeftOut() throws IOException {
    ReportReading reading = READER.read("Findings: Possible L5 endplate fracture.");

    JsonNode level = MAPPER.readTree(ReportJson.write(reading)).get("levels").get(0);

    assertThat(level.get("fracture").asText()).isEqualTo("uncertain");
    assertThat(level.has("acuity")).isFalse();
    assertThat(level.has("edema")).isFalse();
  }

  @Test
  void theSameTextGivesTheSameReading() throws IOException {
    Path r23 = ReportScore.folder("spine-reports").resolve("R23.txt");
    String text = Files.readString(r23);

    assertThat(ReportJson.write(READER.read(text))).isEqualTo(ReportJson.write(READER.read(text)));
  }

  @Test
  void windowsLineEndingsReadTheSame() throws IOException {
    String text = Files.readString(ReportScore.folder("spine-reports").resolve("R18.txt"));
    ReportReading unix = READER.read(text);
    ReportReading windows = READER.read(text.replace("\n", "\r\n"));

    assertThat(windows.levels().stream().map(l -> l.level() + " " + l.facts().keySet()).toList())
        .isEqualTo(unix.levels().stream().map(l -> l.level() + " " + l.facts().keySet()).toList());
  }

  @Test
  void theExamplesOfTheDocsReadAsTheDocsSay() throws IOException {
    Lexicon words = Lexicon.embedded().withAdditions(Path.of("../examples/report-lexicon-additions.json"));
    String text = Files.readString(Path.of("../examples/report-osteoporotic-l1.txt"));

    ReportReading reading = new ReportReader(words).read(text);

    assertThat(reading.lexiconAdditions()).isEqualTo("Example Hospital Radiology");
    assertThat(reading.levels()).extracting(l -> l.level().name()).containsExactly("T12", "L1");
    assertThat(reading.levels().get(1).value(FactKey.ACUITY)).contains("acute");
    assertThat(reading.levels().get(1).value(FactKey.HEIGHT_LOSS_PERCENT)).contains("30");
    assertThat(reading.levels().get(1).value(FactKey.RETROPULSION)).contains("false");
    assertThat(reading.levels().get(0).value(FactKey.ACUITY)).contains("chronic");
  }
}
