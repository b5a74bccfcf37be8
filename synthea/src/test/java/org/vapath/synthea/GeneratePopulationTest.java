package org.vapath.synthea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthea runs VAPath's module offline and writes a Bulk Data export with its codes in it. */
class GeneratePopulationTest {
  @TempDir
  Path dir;

  @Test
  void elderlyPatientsGetVertebralFracturesWithTheirWorkUpInABulkExport() throws Exception {
    GeneratePopulation.generate(60, 5, dir, false, 70, 95);

    Path fhir = dir.resolve("fhir");
    assertThat(Files.readAllLines(fhir.resolve("Patient.ndjson"))).hasSize(60);
    List<String> conditions = Files.readAllLines(fhir.resolve("Condition.ndjson"));
    assertThat(conditions).anyMatch(c -> c.contains(
        "\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"M80.08XA\""));
    List<String> observations = Files.readAllLines(fhir.resolve("Observation.ndjson"));
    assertThat(observations).anyMatch(o -> o.contains("\"code\":\"72514-3\""))
        .anyMatch(o -> o.contains("\"code\":\"777-3\"")).anyMatch(o -> o.contains("case-facts"));
    assertThat(Files.readString(fhir.resolve("ImagingStudy.ndjson")))
        .contains("\"system\":\"http://dicom.nema.org/resources/ontology/DCM\",\"code\":\"DX\"");
  }
}
