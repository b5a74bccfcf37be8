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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.Vignettes;

class CommandLineTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String P01 = Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json");
  private static final String P18 = Vignettes.read("/vignettes/P18-warfarin-high-inr.case.json");

  @TempDir
  Path dir;

  /** The outcome of one run: exit code, standard output and standard error. */
  record Run(int exit, String out, String err) {
  }

  private static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintWriter(err, true));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void assessPrintsTheAssessmentAsJson() throws IOException {
    Run run = run("", "assess", file("p01.json", P01).toString());

    assertThat(run.exit()).isZero();
    JsonNode assessment = MAPPER.readTree(run.out());
    assertThat(assessment.get("decision").asText()).isEqualTo("INDICATED");
    assertThat(assessment.get("knowledgeVersion").asText()).isNotBlank();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void assessReadsStandardInputForADash() throws IOException {
    Run run = run(P01, "assess", "-");

    assertThat(MAPPER.readTree(run.out()).get("caseId").asText()).isEqualTo("P01");
  }

  @Test
  void textFormatPutsTheDecisionFirstThenWhyThenWhatToDoWithSources() {
    Run run = run(P18, "assess", "-", "--format", "text");

    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(2)).isEqualTo("DECISION: INDICATED (indicated)");
    assertThat(run.out()).contains("Preparation before the procedure", "INR to correct (CORRECT_INR)", "Hold plan",
        "  warfarin     warfarin                 5 days", "basis: warfarin", "[ACC-AF-2023] 2023 ACC/AHA",
        "does not replace it");
    assertThat(run.out().indexOf("DECISION")).isLessThan(run.out().indexOf("Preparation"));
  }

  @Test
  void textFormatSaysFindingsInWordsAndTheRiskFigureOnce() {
    Run run = run(P01, "assess", "-", "--format", "text");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("painful osteoporotic compression fracture").doesNotContain("Genant ? ");
    String risk = run.out().lines().filter(l -> l.contains("Complication risk")).findFirst().orElseThrow();
    assertThat(risk.split("%", -1)).as(risk).hasSize(2);
  }

  @Test
  void badInputExitsTwoWithOneLineNamingFieldAndValueAndNoStackTrace() {
    Run run = run(P01.replace("\"L1\"", "\"L9\""), "assess", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("vapath: fractures[0].level: is not a vertebral level: C1-C7, T1-T12, L1-L5 or S1-S5 (got \"L9\")");
  }

  @Test
  void malformedJsonAndAMissingFileExitTwo() {
    Run malformed = run("{\"caseId\": ", "assess", "-");
    Run missing = run("", "assess", dir.resolve("absent.json").toString());

    assertThat(malformed.exit()).isEqualTo(2);
    assertThat(malformed.err()).startsWith("vapath: (document): is not valid JSON").doesNotContain("\tat ");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("vapath: no such file: ").contains("absent.json");
  }

  @Test
  void anUnknownOptionExitsTwoWithHelpOnWhereToLook() {
    Run run = run("", "assess", "--colour", "x.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--colour'").contains("vapath assess --help");
  }

  @Test
  void anInstitutionalOverrideIsAppliedAndNamedInTheAssessment() throws IOException {
    Path overrides = file("site.json", "{\"institution\": \"St Elsewhere\", \"thresholds\": {\"inr.max\": 1.8}}");
    Run run = run(P01.replace("\"value\": 1.0", "\"value\": 1.7"), "assess", "-", "--knowledge",
        overrides.toString());

    JsonNode assessment = MAPPER.readTree(run.out());
    assertThat(assessment.get("preparation")).isEmpty();
    assertThat(assessment.at("/knowledgeOverrides/0/id").asText()).isEqualTo("inr.max");
    assertThat(assessment.at("/knowledgeOverrides/0/origin").asText()).startsWith("St Elsewhere");
  }

  @Test
  void anUnsafeOverrideIsRefusedWithExitTwo() throws IOException {
    Path overrides = file("unsafe.json", "{\"thresholds\": {\"platelets.min\": 10}}");

    Run run = run(P01, "assess", "-", "--knowledge", overrides.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("thresholds.platelets.min").contains("outside the safe range");
  }

  @Test
  void ndjsonAnswersEachLineAndReportsBadLinesWithoutStopping() throws IOException {
    String bad = P01.replace("\n", "").replace("\"mri\"", "\"pet\"");
    String input = P01.replace("\n", "") + "\n\n" + bad + "\n" + P18.replace("\n", "") + "\n";

    Run run = run(input, "assess", "--ndjson", "-");

    assertThat(run.exit()).isEqualTo(2);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(MAPPER.readTree(lines.get(0)).get("caseId").asText()).isEqualTo("P01");
    JsonNode error = MAPPER.readTree(lines.get(1));
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.at("/error/field").asText()).isEqualTo("imaging[1].modality");
    assertThat(error.at("/error/value").asText()).isEqualTo("\"pet\"");
    assertThat(MAPPER.readTree(lines.get(2)).get("caseId").asText()).isEqualTo("P18");
    assertThat(run.err()).contains("vapath: line 3: imaging[1].modality").contains("2 cases assessed, 1 refused");
  }

  @Test
  void ndjsonWithOnlyGoodLinesExitsZeroQuietly() {
    Run run = run(P01.replace("\n", "") + "\n" + P18.replace("\n", ""), "assess", "--ndjson", "-");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"caseId\""));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateSaysValidOrNamesTheField() {
    assertThat(run(P01, "validate", "-")).isEqualTo(new Run(0, "valid: case P01\n", ""));
    Run bad = run(P01.replace("\"nrs\": 8", "\"nrs\": 12"), "validate", "-");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("pain.nrs: must be between 0 and 10 (got 12)");
  }

  @Test
  void aFhirBundleIsMappedAndAssessedAndTheMappedCaseCanBeShown() throws IOException {
    String bundle = Files.readString(Path.of("../examples/fhir-bundle-osteoporotic.json"));

    Run assessed = run(bundle, "assess", "--fhir", "-", "--today", "2026-11-23");
    Run shown = run(bundle, "assess", "--fhir", "-", "--today", "2026-11-23", "--show-case");

    assertThat(assessed.exit()).isZero();
    JsonNode assessment = MAPPER.readTree(assessed.out());
    assertThat(assessment.get("decision").asText()).isEqualTo("INDICATED");
    assertThat(assessment.at("/levels/0/level").asText()).isEqualTo("T12");
    assertThat(assessment.get("preparation").toString()).contains("warfarin", "CORRECT_INR");
    JsonNode kase = MAPPER.readTree(shown.out());
    assertThat(kase.at("/fractures/0/etiology").asText()).isEqualTo("osteoporosis");
    assertThat(kase.at("/fractures/0/painGenerator").isNull()).isTrue();
    assertThat(kase.at("/medicalTherapy/status").isNull()).isTrue();
    assertThat(shown.err()).isEmpty();
  }

  @Test
  void aFhirResourceThatCannotBeReadIsNamedOnStandardErrorAndInTheJsonWithoutRefusingThePatient()
      throws IOException {
    String bundle = Files.readString(Path.of("../examples/fhir-bundle-osteoporotic.json")).replace(
        "{ \"resource\": { \"resourceType\": \"AllergyIntolerance\"", "{ \"resource\": { \"resourceType\":"
            + " \"Observation\", \"id\": \"plt-2005\", \"status\": \"final\", \"subject\": { \"reference\":"
            + " \"Patient/example-1\" }, \"code\": { \"coding\": [ { \"system\": \"http://loinc.org\", \"code\":"
            + " \"777-3\" } ] }, \"effectiveDateTime\": \"2005-03-01\", \"valueQuantity\": { \"value\": 250,"
            + " \"code\": \"x10E3/uL\" } } },\n    { \"resource\": { \"resourceType\": \"AllergyIntolerance\"");

    Run assessed = run(bundle, "assess", "--fhir", "-", "--today", "2026-11-23");

    assertThat(assessed.exit()).isZero();
    assertThat(assessed.err()).startsWith("vapath: not read, left out: Observation/plt-2005.valueQuantity.code: ")
        .contains("x10E3/uL");
    JsonNode assessment = MAPPER.readTree(assessed.out());
    assertThat(assessment.get("decision").asText()).isEqualTo("INDICATED");
    assertThat(assessment.at("/recordIssues/0/resource").asText()).isEqualTo("Observation/plt-2005");
  }

  @Test
  void aFhirBundleHoldingAnotherPatientsResourceExitsTwoNamingIt() throws IOException {
    String bundle = Files.readString(Path.of("../examples/fhir-bundle-osteoporotic.json")).replaceFirst(
        "\"patient\": \\{ \"reference\": \"Patient/example-1\" }", "\"patient\": { \"reference\": \"Patient/other\" }");

    Run run = run(bundle, "assess", "--fhir", "-", "--today", "2026-11-23");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("vapath: AllergyIntolerance/alg-1.patient: names another patient")
        .doesNotContain("Exception");
  }

  @Test
  void aBrokenFhirBundleExitsTwoNamingTheProblem() {
    Run run = run("{\"resourceType\": \"Patient\"}", "assess", "--fhir", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("vapath: (document): is not a FHIR R4 Bundle");
  }

  @Test
  void serveRefusesAnIssuerWithoutItsKeys() {
    Run badIssuer = run("", "serve", "--port", "0", "--issuer", "https://ehr.example");

    assertThat(badIssuer.exit()).isEqualTo(2);
    assertThat(badIssuer.err()).contains("must be ISS=JWKS");
  }

  @Test
  void theFirstAdministratorIsCreatedFromTheCommandLine() {
    String data = dir.resolve("data").toString();

    Run created = run("a long enough password\n", "admin", "create", "--data", data, "--username", "admin");
    Run again = run("another long password\n", "admin", "create", "--data", data, "--username", "admin");
    Run shortPassword = run("short\n", "admin", "create", "--data", data, "--username", "dr.b", "--role", "CLINICIAN");

    assertThat(created.exit()).isZero();
    assertThat(created.err()).contains("account admin (ADMIN) created in");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("taken");
    assertThat(shortPassword.exit()).isEqualTo(2);
    assertThat(shortPassword.err()).contains("at least 12 characters");
  }

  @Test
  void knowledgePrintsEveryThresholdAndDrugWithItsSourceAsMarkdownOrJson() throws IOException {
    Run markdown = run("", "knowledge");
    Run json = run("", "knowledge", "--json");

    assertThat(markdown.exit()).isZero();
    assertThat(markdown.out()).contains("| `inr.max` | 1.5 |", "| `platelets.min` | 50 |", "| dabigatran |",
        "CrCl 30-50 mL/min: 4 days", "[SIR-HEM-2019]", "hemangioma | PAINFUL_HEMANGIOMA_VCF | no figure published");
    // Version 2: the ten NSAIDs and cilostazol of the ASRA table join the fourteen drugs of section 8.
    assertThat(MAPPER.readTree(json.out()).get("antithrombotics").size()).isEqualTo(25);
    assertThat(markdown.out()).contains("| `acuity.subacuteFromDays` | 42 | days | 42-42 [LCD-RUBRIC - LCD-RUBRIC] |"
        + " LCD-RUBRIC (confirm) |", "SC: 24 hours [ASRA-TABLE]", "| `labs.validityDays` | 30 | days | 1-30"
        + " [institutional default - institutional default] | institutional default |", "Payer coverage (advisory)",
        "Spinal instability neoplastic score [SINS-2010]", "Cockcroft-Gault", "[institutional default] No published");
  }

  @Test
  void theTextReportShowsAcuityCautionsFollowUpCoverageAndTheClearance() throws IOException {
    Run text = run("", "assess", "../core/src/test/resources/vignettes-v2/P34.case.json", "--format", "text");
    String pathway = "../core/src/test/resources/pathway-vignettes/";
    Run v22 = run("", "assess", pathway + "V22-malignant-structural-cautions.case.json", "--format", "text");
    Run v17 = run("", "assess", pathway + "V17-dabigatran-unknown-clearance.case.json", "--format", "text");

    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("L1   osteoporosis  height loss 35%   Genant 2  acute    indicated",
        "(edema)", "Follow-up", "first follow-up visit (FIRST_FOLLOW_UP)",
        "Payer coverage (advisory, never part of the decision): MET [LCD-SUM (confirm)]",
        "COV_TRAJECTORY (pain trajectory): met.", "Creatinine clearance for the hold table");
    assertThat(v22.out()).contains("Cautions (weigh them; they do not change the decision)",
        "T7 potentially unstable spine by SINS (SINS_POTENTIALLY_UNSTABLE): SINS 9", "RADIATION_ONCOLOGY_OPINION",
        "COV_MALIGNANT_INTRACTABLE");
    assertThat(v17.out()).contains("hold, provisional", "[institutional default] No published figure");
  }
}
