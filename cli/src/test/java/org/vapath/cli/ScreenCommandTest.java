package org.vapath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.screen.SyntheticExport;

class ScreenCommandTest {
  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  @Test
  void screensAnExportWithProgressAndPrintsTheCountsAPopulationTeamActsOn() throws Exception {
    new SyntheticExport().write(dir.resolve("export"), 70, 3, true);

    Run run = run("screen", dir.resolve("export").toString(), "-o", dir.resolve("out").toString(), "--today",
        "2026-11-23", "--progress");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Screened 70 patients").contains("By decision:").contains("INDICATED")
        .contains("Missing before deciding:").contains("Follow-up:\n").contains("\n  BMD_REFERRAL ")
        .contains("Payer coverage check (advisory):").containsPattern("\n  incomplete +\\d+\n")
        .doesNotContain("p1,");
    assertThat(run.err()).contains("Reading the export: 100%").contains("Assessing: 70 of ~70 patients");
    assertThat(Files.readAllLines(dir.resolve("out/results.ndjson"))).hasSize(70);
    assertThat(dir.resolve("out/results.csv")).exists();
    assertThat(dir.resolve("out/summary.json")).exists();
  }

  @Test
  void filesNotReadAreNamedOnStandardErrorAndDeceasedPatientsCountedApart() throws Exception {
    Path export = dir.resolve("export");
    new SyntheticExport().write(export, 5, 0, false);
    Path patients = export.resolve("Patient.ndjson");
    List<String> lines = Files.readAllLines(patients);
    lines.set(4, lines.get(4).replace("{\"resourceType\":\"Patient\",", "{\"resourceType\":\"Patient\","
        + "\"deceasedDateTime\":\"2025-01-01\","));
    Files.write(patients, lines);
    Files.writeString(export.resolve("Claim.ndjson"), "{\"resourceType\":\"Claim\"}\n");
    Files.writeString(export.resolve("mystery.ndjson"), "{\"resourceType\":\"Nonsense\"}\n");
    Files.writeString(export.resolve("Condition-late.ndjson"), "{\"resourceType\":\"Condition\",\"subject\":"
        + "{\"reference\":\"Patient/p1\"},\"code\":{\"coding\":[{\"code\":\"M80.0");

    Run run = run("screen", export.toString(), "-o", dir.resolve("out").toString(), "--today", "2026-11-23");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("vapath: not read: mystery.ndjson: its type \"Nonsense\" (from its first line) is"
        + " not a FHIR R4 resource type");
    assertThat(run.out()).contains("Screened 5 patients").contains("Deceased, not assessed: 1")
        .contains("Files not read (types VAPath does not use): Claim.ndjson (Claim)")
        .contains("Files that could not be placed or read: 1")
        .contains("Assessed with parts of their record unreadable: 1 (named in their results, recordIssues)")
        .contains("Lines that could not be read: 1;");
    assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"deceased\" : 1")
        .contains("\"file\" : \"mystery.ndjson\"");
  }

  @Test
  void aMissingFolderIsRefusedWithExitTwo() {
    Run run = run("screen", dir.resolve("nowhere").toString(), "-o", dir.resolve("out").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("vapath: DIR: is not a folder");
  }

  @Test
  void sparkModeWithoutTheSparkModuleBuiltSaysHowToBuildIt() throws Exception {
    new SyntheticExport().write(dir.resolve("export"), 2, 0, false);
    String home = System.getProperty("vapath.home");
    System.setProperty("vapath.home", dir.toString());
    try {
      Run run = run("screen", dir.resolve("export").toString(), "--spark", "local[2]");
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("--spark").contains(SparkLocal.BUILD);
    } finally {
      if (home == null) {
        System.clearProperty("vapath.home");
      } else {
        System.setProperty("vapath.home", home);
      }
    }
  }
}
