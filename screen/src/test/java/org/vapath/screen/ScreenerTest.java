package org.vapath.screen;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.InputError;

class ScreenerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SyntheticExport EXPORT = new SyntheticExport();

  @TempDir
  Path dir;

  private ScreenSummary screen(Path export, long partitionBytes) {
    return screen(export, partitionBytes, SyntheticExport.ASSESSED_ON);
  }

  private ScreenSummary screen(Path export, long partitionBytes, LocalDate day) {
    Screener screener = new Screener(KnowledgePackJson.embedded(), day, partitionBytes, 2, ScreenListener.SILENT);
    try (ResultFiles out = ResultFiles.in(dir.resolve("out"))) {
      return screener.screen(BulkExport.in(export), out, dir.resolve("work"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Map<String, JsonNode> results() throws IOException {
    Map<String, JsonNode> byPatient = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("out").resolve(ResultFiles.NDJSON))) {
      JsonNode result = JSON.readTree(line);
      assertThat(byPatient.put(result.get("patient").asText(), result)).as("one result per patient").isNull();
    }
    return byPatient;
  }

  /**
   * Five pathway vignettes on their day (2026-09-14), the counts worked out by hand from their cases and
   * the version 2 rulings: V08 (osteoporotic L2, INDICATED, S2 sacral), V22 (malignant T7, INDICATED, four
   * cautions), V30 (osteoporotic L1 and hemangioma L3, INDICATED), V31 (unknown cause, INCOMPLETE), V33
   * (no fracture, NOT_INDICATED). Coverage: V22 met (its vignette's); V08, V30, V31 incomplete (height
   * loss 30% is one of the two trajectory signs, kyphosis and RDQ unrecorded: unknown; no bone density
   * referral recorded: unknown; nothing not met); V33 none (no treatable level).
   */
  @Test
  void theSummaryCountsCautionsFollowUpAndCoverageBesideTheDecisionsAsWorkedOutByHand() throws IOException {
    SyntheticExport.only(SyntheticExport.pathway("V08", "V22", "V30", "V31", "V33"))
        .write(dir.resolve("export"), 5, 2, false);

    ScreenSummary s = screen(dir.resolve("export"), 1L << 30, LocalDate.of(2026, 9, 14));

    assertThat(s.byDecision()).isEqualTo(Map.of("INDICATED", 3L, "INCOMPLETE", 1L, "NOT_INDICATED", 1L));
    assertThat(s.byCaution()).isEqualTo(Map.of("POSTERIOR_WALL_INVOLVED", 1L, "EPIDURAL_EXTENSION", 1L,
        "HIGH_GRADE_CORD_COMPRESSION", 1L, "SINS_POTENTIALLY_UNSTABLE", 1L));
    assertThat(s.byFollowUp()).isEqualTo(Map.of("BMD_REFERRAL", 3L, "OSTEOPOROSIS_TREATMENT", 3L,
        "FRACTURE_LIAISON", 3L, "FIRST_FOLLOW_UP", 3L, "RADIATION_ONCOLOGY_OPINION", 1L,
        "BIOPSY_AT_AUGMENTATION", 2L));
    assertThat(s.byCoverage()).isEqualTo(Map.of("met", 1L, "incomplete", 3L, ScreenSummary.NO_COVERAGE_CHECK, 1L));
    Map<String, JsonNode> results = results();
    assertThat(results.get("p1").get("coverage").asText()).isEqualTo("met");
    assertThat(results.get("p4").has("coverage")).as("no coverage check applies").isFalse();
    assertThat(Files.readAllLines(dir.resolve("out").resolve(ResultFiles.CSV))).contains(
        "p1,INDICATED,T7,,,,,\"POSTERIOR_WALL_INVOLVED;EPIDURAL_EXTENSION;SINS_POTENTIALLY_UNSTABLE;"
            + "HIGH_GRADE_CORD_COMPRESSION\",\"RADIATION_ONCOLOGY_OPINION;BIOPSY_AT_AUGMENTATION;FIRST_FOLLOW_UP\","
            + "met,,,",
        "p4,NOT_INDICATED,,ACTIVE_INFECTION,,,,,,,,,");
  }

  @Test
  void everyPatientGetsItsVignettesDecisionInMemoryAndSpilledAlike() throws IOException {
    int patients = EXPORT.vignetteCount() * 3;
    EXPORT.write(dir.resolve("export"), patients, 5, true);

    ScreenSummary inMemory = screen(dir.resolve("export"), 1L << 30);
    Map<String, JsonNode> first = results();
    ScreenSummary spilled = screen(dir.resolve("export"), 20_000);
    Map<String, JsonNode> second = results();

    assertThat(inMemory.partitions()).isEqualTo(1);
    assertThat(spilled.partitions()).isGreaterThan(1);
    assertThat(first).hasSize(patients).isEqualTo(second);
    for (int i = 0; i < patients; i++) {
      assertThat(first.get("p" + i).get("decision").asText()).as("p" + i).isEqualTo(EXPORT.expectedDecision(i));
      ObjectNode expected = JSON.valueToTree(EXPORT.expectedResult(i));
      expected.remove("error");
      expected.remove("notAssessed");
      if (expected.path("coverage").isNull()) {
        expected.remove("coverage"); // absent when no coverage check applies
      }
      assertThat(first.get("p" + i)).as("p" + i).isEqualTo(expected);
    }
    assertThat(inMemory.byDecision()).isEqualTo(spilled.byDecision());
    assertThat(inMemory.byDecision().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(patients);
    assertThat(inMemory.byMissing()).containsKey("INR");
    assertThat(inMemory.malformedLines()).isZero();
    assertThat(Files.readAllLines(dir.resolve("out").resolve(ResultFiles.CSV))).hasSize(patients + 1)
        .first().asString().startsWith("patient,decision,");
    assertThat(dir.resolve("work")).doesNotExist();
  }

  @Test
  void aSpineReportInTheExportFillsThePatientsFractureAndOtherNotesAreLeftAside() throws IOException {
    Path export = dir.resolve("export");
    Files.createDirectories(export);
    Files.writeString(export.resolve("Patient.ndjson"),
        "{\"resourceType\":\"Patient\",\"id\":\"r1\",\"gender\":\"female\",\"birthDate\":\"1950-01-01\"}\n"
        + "{\"resourceType\":\"Patient\",\"id\":\"r2\",\"gender\":\"male\",\"birthDate\":\"1948-05-01\"}\n");
    String report = java.util.Base64.getEncoder().encodeToString(("MRI LUMBAR SPINE\n\nFINDINGS:\nAcute"
        + " osteoporotic compression fracture of L1 with marrow edema and 30% loss of height. No retropulsion.\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String note = java.util.Base64.getEncoder().encodeToString("Fracture of L1 suspected.".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    Files.writeString(export.resolve("DocumentReference.ndjson"),
        "{\"resourceType\":\"DocumentReference\",\"id\":\"d1\",\"status\":\"current\",\"subject\":{\"reference\":"
        + "\"Patient/r1\"},\"type\":{\"text\":\"MR lumbar spine\"},\"content\":[{\"attachment\":{\"contentType\":"
        + "\"text/plain\",\"data\":\"" + report + "\"}}]}\n"
        + "{\"resourceType\":\"DocumentReference\",\"id\":\"d2\",\"status\":\"current\",\"subject\":{\"reference\":"
        + "\"Patient/r1\"},\"type\":{\"text\":\"History and physical note\"},\"content\":[{\"attachment\":"
        + "{\"contentType\":\"text/plain\",\"data\":\"" + note + "\"}}]}\n");

    Files.writeString(export.resolve("DiagnosticReport.ndjson"),
        "{\"resourceType\":\"DiagnosticReport\",\"id\":\"mr9\",\"status\":\"final\",\"subject\":{\"reference\":"
        + "\"Patient/r2\"},\"code\":{\"text\":\"MRI lumbar spine\"},\"presentedForm\":[{\"contentType\":"
        + "\"text/plain\",\"data\":\"" + report + "\"}]}\n");

    screen(export, 1L << 30);
    JsonNode result = results().get("r1");
    // A DiagnosticReport's text survives the screening's cutting of lines to the elements the mapping reads.
    assertThat(results().get("r2").get("missing").toString()).doesNotContain("FRACTURES");

    // The report gave the fracture, its cause and the MRI; the clinical note (which names L1 too) gave nothing.
    assertThat(result.get("decision").asText()).isEqualTo("INCOMPLETE");
    assertThat(result.get("missing").toString()).contains("PAIN_STATUS").doesNotContain("FRACTURES")
        .doesNotContain("ETIOLOGY").doesNotContain("CROSS_SECTIONAL_IMAGING");
    assertThat(result.get("recordIssues")).isEmpty();
  }

  @Test
  void unreadableLinesAreReportedAndThoseThatStillNameTheirPatientStayInItsRecordAsIssues() throws IOException {
    Path export = dir.resolve("export");
    EXPORT.write(export, 4, 0, false);
    Files.writeString(export.resolve("Observation.ndjson"), "{not json\n"
        + "{\"resourceType\":\"Observation\",\"id\":\"orphan\",\"status\":\"final\"}\n"
        + "{\"resourceType\":\"Observation\",\"id\":\"bad-unit\",\"status\":\"final\",\"subject\":{\"reference\":"
        + "\"Patient/p1\"},\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"777-3\"}]},"
        + "\"effectiveDateTime\":\"2026-11-20\",\"valueQuantity\":{\"value\":2,\"code\":\"g/L\"}}\n"
        // the fault comes before the subject: found by its compact form
        + "{\"resourceType\":\"Observation\",\"id\":\"broken\",\"status\":\"final\",\"code\":{\"coding\":[{"
        + "\"system\":\"http://loinc.org\",\"code\":\"777-3\"}}],\"subject\":{\"reference\":\"Patient/p3\"}}\n"
        // the file's last line, cut off: what was read before the cut names the patient
        + "{\"resourceType\":\"Observation\",\"id\":\"cut\",\"status\":\"final\",\"subject\":{\"reference\":"
        + "\"Patient/p2\"},\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"777-3\"}]},\"valueQ",
        StandardOpenOption.APPEND);
    Files.writeString(export.resolve("Claim.ndjson"), "{\"resourceType\":\"Claim\"}\n");

    ScreenSummary summary = screen(export, 1L << 30);

    assertThat(summary.malformedLines()).isEqualTo(4);
    assertThat(summary.malformed()).extracting(ScreenSummary.Malformed::file, ScreenSummary.Malformed::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Observation.ndjson", lineOf(export, "{not json")),
            org.assertj.core.groups.Tuple.tuple("Observation.ndjson", lineOf(export, "orphan")),
            org.assertj.core.groups.Tuple.tuple("Observation.ndjson", lineOf(export, "\"broken\"")),
            org.assertj.core.groups.Tuple.tuple("Observation.ndjson", lineOf(export, "\"cut\"")));
    Map<String, JsonNode> results = results();
    assertThat(results.get("p1").get("recordIssues")).singleElement().satisfies(issue -> assertThat(issue.asText())
        .contains("Observation/bad-unit.valueQuantity.code").contains("g/L"));
    assertThat(results.get("p3").get("recordIssues")).singleElement().satisfies(issue -> assertThat(issue.asText())
        .startsWith("Observation.ndjson line " + lineOf(export, "\"broken\"") + ": Unexpected close marker"));
    assertThat(results.get("p2").get("recordIssues")).singleElement().satisfies(issue -> assertThat(issue.asText())
        .startsWith("Observation.ndjson line " + lineOf(export, "\"cut\"") + ": Unexpected end-of-input"));
    assertThat(results.get("p0").get("recordIssues")).isEmpty();
    for (String patient : List.of("p1", "p2", "p3")) {
      assertThat(results.get(patient).get("decision").asText()).as(patient).isNotEqualTo("NOT_INDICATED");
    }
    assertThat(summary.withRecordIssues()).isEqualTo(3);
    assertThat(summary.failedPatients()).isZero();
    assertThat(summary.patients()).isEqualTo(4);
    assertThat(summary.export().skipped()).containsExactly(new BulkExport.Skipped("Claim.ndjson", "Claim"));
    assertThat(Files.readString(dir.resolve("out").resolve(ResultFiles.SUMMARY))).contains("\"malformedLines\" : 4");
    assertThat(Files.readAllLines(dir.resolve("out").resolve(ResultFiles.CSV))).anySatisfy(row -> assertThat(row)
        .startsWith("p2,").contains("Observation.ndjson line " + lineOf(export, "\"cut\"")));
  }

  @Test
  void deceasedPatientsAreCountedApartAndTheirResultSaysTheyWereNotAssessed() throws IOException {
    Path export = dir.resolve("export");
    EXPORT.write(export, 6, 0, false);
    Path patients = export.resolve("Patient.ndjson");
    List<String> lines = Files.readAllLines(patients);
    lines.set(0, lines.get(0).replace("{\"resourceType\":\"Patient\",", "{\"resourceType\":\"Patient\","
        + "\"deceasedBoolean\":true,"));
    lines.set(1, lines.get(1).replace("{\"resourceType\":\"Patient\",", "{\"resourceType\":\"Patient\","
        + "\"deceasedDateTime\":\"2026-10-02T14:00:00Z\","));
    lines.set(2, lines.get(2).replace("{\"resourceType\":\"Patient\",", "{\"resourceType\":\"Patient\","
        + "\"deceasedBoolean\":false,"));
    lines.set(3, lines.get(3).replace("{\"resourceType\":\"Patient\",", "{\"resourceType\":\"Patient\","
        + "\"deceasedBoolean\":\"yes\","));
    Files.write(patients, lines);

    ScreenSummary summary = screen(export, 1L << 30);

    Map<String, JsonNode> results = results();
    assertThat(results.get("p0")).isEqualTo(JSON.readTree(
        "{\"patient\":\"p0\",\"notAssessed\":\"deceased: Patient.deceasedBoolean is true\"}"));
    assertThat(results.get("p1")).isEqualTo(JSON.readTree(
        "{\"patient\":\"p1\",\"notAssessed\":\"deceased: Patient.deceasedDateTime is 2026-10-02T14:00:00Z\"}"));
    assertThat(results.get("p2").get("decision").asText()).isEqualTo(EXPORT.expectedDecision(2));
    assertThat(results.get("p3").get("error").asText()).isEqualTo(
        "Patient/p3.deceasedBoolean: must be true or false (got \"yes\")");
    assertThat(summary.patients()).isEqualTo(6);
    assertThat(summary.deceased()).isEqualTo(2);
    assertThat(summary.failedPatients()).isEqualTo(1);
    assertThat(summary.assessed()).isEqualTo(3);
    assertThat(summary.byDecision().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    assertThat(Files.readAllLines(dir.resolve("out").resolve(ResultFiles.CSV))).first().asString()
        .isEqualTo("patient,decision,indicatedLevels,contraindications,missing,workup,preparation,cautions,followUp,"
            + "coverage,recordIssues,notAssessed,error");
    assertThat(Files.readAllLines(dir.resolve("out").resolve(ResultFiles.CSV)))
        .contains("p0,,,,,,,,,,,\"deceased: Patient.deceasedBoolean is true\",");
  }

  @Test
  void anExportIsScreenedAsItsIg2ManifestListsIt() throws Exception {
    ScreenSummary summary = screen(BulkExportTest.exportFixture("manifest-2.0"), 1L << 30);

    assertThat(results()).containsOnlyKeys("m1", "m2");
    assertThat(summary.lines()).isEqualTo(4);
    assertThat(summary.export().read()).extracting(ScreenSummary.Read::file).containsExactly(
        "patient_file_1.ndjson", "observation_file_1.ndjson", "output/observation_file_2.ndjson");
    assertThat(summary.export().outcome()).containsExactly("error/err_file_1.ndjson");
    assertThat(summary.export().unplaced()).extracting(BulkExport.Unplaced::file)
        .containsExactly("1.Condition.ndjson");
  }

  @Test
  void anExportOrganisedByPatientSetsItsHeadersAndTypesNotReadAsideAndItsDeceasedPatientApart() throws Exception {
    ScreenSummary summary = screen(BulkExportTest.exportFixture("manifest-3.0-by-patient"), 1L << 30);

    Map<String, JsonNode> results = results();
    assertThat(results).containsOnlyKeys("p-1", "p-2", "p-3");
    assertThat(results.get("p-3").get("notAssessed").asText())
        .isEqualTo("deceased: Patient.deceasedDateTime is 2020-11-02");
    assertThat(results.get("p-1").has("decision")).isTrue();
    assertThat(summary.lines()).isEqualTo(12);
    assertThat(summary.notRelevant()).as("4 Parameters headers, 1 Encounter").isEqualTo(5);
    assertThat(summary.malformedLines()).isZero();
    assertThat(summary.deceased()).isEqualTo(1);
    assertThat(summary.assessed()).isEqualTo(2);
  }

  @Test
  void aFileThatBreaksOffIsNamedWithTheLineAndWhatCameBeforeItCounts() throws IOException {
    Path export = dir.resolve("export");
    EXPORT.write(export, 40, 0, true); // no noise: every observation matters, the one cut off too
    Path observations = export.resolve("Observation.ndjson.gz");
    byte[] whole = Files.readAllBytes(observations);
    Files.write(observations, java.util.Arrays.copyOf(whole, whole.length / 2));

    ScreenSummary summary = screen(export, 1L << 30);

    assertThat(summary.export().unplaced()).singleElement().satisfies(file -> {
      assertThat(file.file()).isEqualTo("Observation.ndjson.gz");
      assertThat(file.why()).startsWith("cannot be read: broken gzip").contains(" at line ")
          .endsWith("(the lines before it were read)");
    });
    assertThat(summary.patients()).isEqualTo(40);
    assertThat(summary.export().read()).extracting(ScreenSummary.Read::file).contains("Observation.ndjson.gz");
    String why = summary.export().unplaced().get(0).why();
    long brokenAt = Long.parseLong(why.replaceFirst(".* at line (\\d+) .*", "$1"));
    // the line it broke off in is reported, cut off (whether it still names its patient depends on where the cut
    // fell: LineOwnerTest and the plain file cut off above show that part)
    assertThat(summary.malformed()).singleElement().satisfies(line -> {
      assertThat(line.file()).isEqualTo("Observation.ndjson.gz");
      assertThat(line.line()).isEqualTo(brokenAt);
      assertThat(line.problem()).startsWith("Unexpected end-of-input");
    });
  }

  @Test
  void summaryDatesAndTimesAreIso8601Text() throws Exception {
    screen(BulkExportTest.exportFixture("manifest-2.0"), 1L << 30);

    JsonNode summary = JSON.readTree(dir.resolve("out").resolve(ResultFiles.SUMMARY).toFile());
    assertThat(summary.get("assessedOn").asText()).isEqualTo(SyntheticExport.ASSESSED_ON.toString());
    assertThat(summary.get("assessedOn").isTextual()).isTrue();
    java.time.Instant started = java.time.Instant.parse(summary.get("startedAt").asText());
    java.time.Instant finished = java.time.Instant.parse(summary.get("finishedAt").asText());
    assertThat(finished).isAfterOrEqualTo(started);
    assertThat(summary.get("seconds").isNumber()).isTrue();
    assertThat(summary.get("export").get("transactionTime").asText()).isEqualTo("2021-01-01T00:00:00Z");
    assertThat(summary.get("export").get("read").get(0)).isEqualTo(JSON.readTree(
        "{\"file\":\"patient_file_1.ndjson\",\"type\":\"Patient\",\"placedBy\":\"manifest\"}"));
  }

  private static long lineOf(Path export, String text) throws IOException {
    List<String> lines = Files.readAllLines(export.resolve("Observation.ndjson"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1L;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void aFolderWithoutAnExportIsRefusedNamingIt() throws IOException {
    assertThatThrownBy(() -> BulkExport.in(dir.resolve("nowhere"))).isInstanceOf(InputError.class)
        .hasMessageContaining("is not a folder");
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> BulkExport.in(dir)).isInstanceOf(InputError.class)
        .hasMessageContaining("holds no NDJSON file").hasMessageContaining("notes.txt");
  }
}
