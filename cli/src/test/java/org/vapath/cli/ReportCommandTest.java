package org.vapath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vapath report}: JSON and text out; refused input is one line on standard error and exit 2. */
class ReportCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String REPORT = """
      MRI LUMBAR SPINE WITHOUT CONTRAST
      History: 78F, osteoporosis, back pain.
      Findings:
      Acute compression fracture of L1 with marrow edema and 30% loss of height. No retropulsion.
      Impression: Acute osteoporotic L1 compression fracture.
      """;

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {
  }

  private static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new ByteArrayInputStream(stdin), out, new PrintWriter(err, true));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  private static Run run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  @Test
  void printsTheFactsPerLevelAsJsonWithTheirEvidence() throws IOException {
    Path file = Files.writeString(dir.resolve("r.txt"), REPORT);

    Run run = run("", "report", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.get("modality").asText()).isEqualTo("MR");
    JsonNode l1 = json.get("levels").get(0);
    assertThat(l1.get("level").asText()).isEqualTo("L1");
    assertThat(l1.get("fracture").asBoolean()).isTrue();
    assertThat(l1.get("acuity").asText()).isEqualTo("acute");
    assertThat(l1.get("retropulsion").asBoolean()).isFalse();
    assertThat(l1.get("etiology").asText()).isEqualTo("osteoporosis");
    assertThat(l1.get("evidence").get("retropulsion").get(0).get("sentence").asText()).isEqualTo("No retropulsion.");
  }

  @Test
  void readsStandardInputForADash() throws IOException {
    Run run = run(REPORT, "report", "-");

    assertThat(MAPPER.readTree(run.out()).get("levels").get(0).get("heightLossPercent").asInt()).isEqualTo(30);
  }

  @Test
  void textFormatMarksEachSentenceAFactWasReadFrom() {
    Run run = run(REPORT, "report", "-", "--format", "text");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(
        "L1   fracture true, acuity acute, edema true, heightLossPercent 30, retropulsion false",
        "[2>>No retropulsion.<<]", "[2] L1 retropulsion false (negated by 'no': \"retropulsion\")");
  }

  @Test
  void anInstitutionsWordsAreAddedAndNamed() throws IOException {
    Path words = Files.writeString(dir.resolve("words.json"),
        "{\"institution\": \"Example Hospital\", \"lists\": {\"hedge.forward\": [\"in all likelihood\"]}}");

    Run run = run("Findings: T9 lesion, in all likelihood a metastasis.", "report", "-", "--lexicon", words.toString());

    assertThat(run.out()).contains("\"etiology\" : \"uncertain\"", "\"lexiconAdditions\" : \"Example Hospital\"");
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() {
    Run run = run("", "report", dir.resolve("missing.txt").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .startsWith("vapath: no such file: ").contains("missing.txt");
  }

  @Test
  void emptyTextIsOneLineAndExitTwo() {
    Run run = run(" \n", "report", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("vapath: report: is empty: there is no text to read (got standard input)\n");
  }

  @Test
  void binaryInputIsOneLineAndExitTwo() throws IOException {
    Path pdf = Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xFF, 1, 2});

    Run run = run("", "report", pdf.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .isEqualTo("vapath: report: is not plain text: it holds NUL bytes, as a binary file does (got " + pdf + ")");
  }

  @Test
  void textInAnotherEncodingIsRefused() {
    Run run = run(new byte[] {'O', 'e', 'd', (byte) 0xE8, 'm', 'e'}, "report", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("vapath: report: is not UTF-8 text");
  }

  @Test
  void aBadLexiconFileIsOneLineAndExitTwo() throws IOException {
    Path words = Files.writeString(dir.resolve("words.json"),
        "{\"institution\": \"X\", \"lists\": {\"hedges\": [\"maybe\"]}}");

    Run run = run(REPORT, "report", "-", "--lexicon", words.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("lists.hedges unknown list");
  }
}
