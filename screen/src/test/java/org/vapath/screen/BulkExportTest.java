package org.vapath.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.InputError;

/** How the files of an export are placed: by its manifest, else by their names, folders or first lines. */
class BulkExportTest {
  private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n";
  private static final String CONDITION = "{\"resourceType\":\"Condition\",\"id\":\"c1\","
      + "\"subject\":{\"reference\":\"Patient/p1\"}}\n";

  @TempDir
  Path dir;

  static Path exportFixture(String name) throws URISyntaxException {
    return Path.of(BulkExportTest.class.getResource("/exports/" + name + "/manifest.json").toURI()).getParent();
  }

  @Test
  void withoutAManifestTheNameThenTheFolderThenTheFirstLineGiveTheType() throws IOException {
    write("1.Patient.ndjson", PATIENT);
    gzip("Patient.000.ndjson.gz", PATIENT);
    write("Patient_1.ndjson", PATIENT);
    write("Observation-2.ndjson", "");
    write("Condition/part-1.ndjson", CONDITION);
    write("part-9/Condition.ndjson", CONDITION);
    write("data/part-7.ndjson", "\n" + CONDITION);
    gzip("data/renamed.ndjson", PATIENT); // gzipped, whatever its name says
    write(".hidden/Patient.ndjson", PATIENT);
    write(".DS_Store", "x");

    BulkExport export = BulkExport.in(dir);

    assertThat(export.files()).extracting(ExportFile::name, ExportFile::resourceType, ExportFile::placedBy,
        ExportFile::gzipped).containsExactly(
            tuple("1.Patient.ndjson", "Patient", ExportFile.BY_NAME, false),
            tuple("Condition/part-1.ndjson", "Condition", ExportFile.BY_FOLDER, false),
            tuple("Observation-2.ndjson", "Observation", ExportFile.BY_NAME, false),
            tuple("Patient.000.ndjson.gz", "Patient", ExportFile.BY_NAME, true),
            tuple("Patient_1.ndjson", "Patient", ExportFile.BY_NAME, false),
            tuple("data/part-7.ndjson", "Condition", ExportFile.BY_FIRST_LINE, false),
            tuple("data/renamed.ndjson", "Patient", ExportFile.BY_FIRST_LINE, true),
            tuple("part-9/Condition.ndjson", "Condition", ExportFile.BY_NAME, false));
    assertThat(export.manifest()).isNull();
    assertThat(export.skipped()).isEmpty();
    assertThat(export.unplaced()).isEmpty();
  }

  @Test
  void typesNotReadAreSkippedWithTheirTypeAndFilesThatCannotBePlacedAreNamedWithWhy() throws IOException {
    write("Patient.ndjson", PATIENT);
    write("Claim.ndjson", "{\"resourceType\":\"Claim\"}\n");
    write("ExplanationOfBenefit/part-1.ndjson", "{}\n");
    write("extra/more.ndjson", "{\"resourceType\":\"Encounter\"}\n");
    write("mystery.ndjson", "{\"resourceType\":\"Patinet\",\"id\":\"x\"}\n");
    write("patient-list.ndjson", "not json\n");
    write("empty.ndjson", "\n\n");
    write("notes.txt", "hello");
    Files.write(dir.resolve("Observation.ndjson.gz"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});

    BulkExport export = BulkExport.in(dir);

    assertThat(export.files()).extracting(ExportFile::name).containsExactly("Patient.ndjson");
    assertThat(export.skipped()).extracting(BulkExport.Skipped::file, BulkExport.Skipped::type).containsExactly(
        tuple("Claim.ndjson", "Claim"), tuple("ExplanationOfBenefit/part-1.ndjson", "ExplanationOfBenefit"),
        tuple("extra/more.ndjson", "Encounter"));
    assertThat(export.unplaced()).extracting(BulkExport.Unplaced::file).containsExactly("Observation.ndjson.gz",
        "empty.ndjson", "mystery.ndjson", "notes.txt", "patient-list.ndjson");
    assertThat(export.unplaced()).extracting(BulkExport.Unplaced::why).satisfiesExactly(
        why -> assertThat(why).startsWith("cannot be read: broken gzip"),
        why -> assertThat(why).isEqualTo("no resource type in its name, its folder's name or its first line: it is"
            + " empty"),
        why -> assertThat(why).isEqualTo("its type \"Patinet\" (from its first line) is not a FHIR R4 resource type"),
        why -> assertThat(why).isEqualTo("not NDJSON (.ndjson or .ndjson.gz), and no manifest.json lists it"),
        why -> assertThat(why).startsWith("no resource type in its name, its folder's name or its first line: its"
            + " first line is not JSON"));
  }

  @Test
  void aFolderWithNothingToReadIsRefusedNamingWhatItHolds() throws IOException {
    write("Claim.ndjson", "{\"resourceType\":\"Claim\"}\n");
    write("notes.txt", "hello");

    assertThatThrownBy(() -> BulkExport.in(dir)).isInstanceOf(InputError.class)
        .hasMessageContaining("holds no NDJSON file of a resource type VAPath reads")
        .hasMessageContaining("Claim.ndjson (Claim)").hasMessageContaining("notes.txt (not NDJSON");
  }

  @Test
  void anIg2ManifestPlacesTheFilesItListsByTheirUrlsAndNamesTheRest() throws Exception {
    BulkExport export = BulkExport.in(exportFixture("manifest-2.0"));

    assertThat(export.manifest()).isEqualTo("manifest.json");
    assertThat(export.transactionTime()).isEqualTo("2021-01-01T00:00:00Z");
    assertThat(export.files()).extracting(ExportFile::name, ExportFile::resourceType, ExportFile::placedBy)
        .containsExactly(tuple("patient_file_1.ndjson", "Patient", ExportFile.BY_MANIFEST),
            tuple("observation_file_1.ndjson", "Observation", ExportFile.BY_MANIFEST),
            tuple("output/observation_file_2.ndjson", "Observation", ExportFile.BY_MANIFEST));
    assertThat(export.skipped()).containsExactly(new BulkExport.Skipped("del_file_1.ndjson", "Bundle"));
    assertThat(export.outcome()).containsExactly("error/err_file_1.ndjson");
    assertThat(export.unplaced()).containsExactly(new BulkExport.Unplaced("1.Condition.ndjson",
        "not listed in manifest.json"));
  }

  @Test
  void anIg3ManifestOrganisedByPatientIsReadLineByLineAcrossItsPages() throws Exception {
    BulkExport export = BulkExport.in(exportFixture("manifest-3.0-by-patient"));

    assertThat(export.files()).extracting(ExportFile::name, ExportFile::resourceType).containsExactly(
        tuple("file_1.ndjson", null), tuple("file_2.ndjson", null), tuple("file_3.ndjson", null),
        tuple("file_4.ndjson", null));
    assertThat(export.skipped()).containsExactly(new BulkExport.Skipped("del_file_1.ndjson", "Bundle"));
    assertThat(export.outcome()).containsExactly("err_file_1.ndjson (listed in manifest.json, not in the folder)");
    assertThat(export.unplaced()).isEmpty();
  }

  @Test
  void manifestFilesAreFoundByRelativeUrlOrAsTheSmartClientNamesThemAndAMissingOneIsNamed() throws IOException {
    write("Patient/all.ndjson", PATIENT);
    write("1.Condition.ndjson", CONDITION);
    write("2.Condition.ndjson", CONDITION);
    write("manifest.json", "{\"transactionTime\":\"2026-11-20T08:00:00+01:00\",\"output\":["
        + "{\"type\":\"Patient\",\"url\":\"Patient/all.ndjson\"},"
        + "{\"type\":\"Condition\",\"url\":\"https://ehr.example/bulk/files/a81f?part=1\"},"
        + "{\"type\":\"Condition\",\"url\":\"https://ehr.example/bulk/files/a820\"},"
        + "{\"type\":\"Observation\",\"url\":\"https://ehr.example/bulk/files/a821\"},"
        + "{\"type\":\"Coverage\",\"url\":\"https://ehr.example/bulk/files/a822\"}]}");

    BulkExport export = BulkExport.in(dir);

    assertThat(export.files()).extracting(ExportFile::name).containsExactly("Patient/all.ndjson",
        "1.Condition.ndjson", "2.Condition.ndjson");
    assertThat(export.unplaced()).containsExactly(new BulkExport.Unplaced("a821",
        "listed in manifest.json output[3] but not in the folder"), new BulkExport.Unplaced("a822",
        "listed in manifest.json output[4] but not in the folder"));
    assertThat(export.transactionTime()).isEqualTo("2026-11-20T08:00:00+01:00");
  }

  @Test
  void aManifestThatIsNotOneIsRefusedNamingTheField() throws IOException {
    write("Patient.ndjson", PATIENT);
    write("manifest.json", "{\"transactionTime\":\"yesterday\",\"output\":[]}");
    assertThatThrownBy(() -> BulkExport.in(dir)).isInstanceOf(InputError.class)
        .hasMessage("manifest.json transactionTime: is not an ISO-8601 instant (e.g. 2021-01-01T00:00:00Z)"
            + " (got \"yesterday\")");
    write("manifest.json", "{\"output\":[{\"type\":\"Patient\"}]}");
    assertThatThrownBy(() -> BulkExport.in(dir)).isInstanceOf(InputError.class)
        .hasMessage("manifest.json output[0].url: must name the file (a url)");
    write("manifest.json", "{\"files\":[]}");
    assertThatThrownBy(() -> BulkExport.in(dir)).isInstanceOf(InputError.class)
        .hasMessageStartingWith("manifest.json output: must be an array");
    write("manifest.json", "{\"output\":[");
    assertThatThrownBy(() -> BulkExport.in(dir)).isInstanceOf(InputError.class)
        .hasMessageStartingWith("manifest.json: is not JSON");
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private void gzip(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
