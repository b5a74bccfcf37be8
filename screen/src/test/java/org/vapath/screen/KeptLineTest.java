package org.vapath.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vapath.fhir.MappedElements;

/**
 * A kept line is the elements the mapping reads, copied from the export line: it must parse to what
 * {@link MappedElements} builds from the whole line, and name the patient the whole tree names.
 */
class KeptLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void everyLineOfTheSyntheaSampleAndOfTheVignetteExportKeepsWhatTheMappingReads() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String type : List.of("Patient", "Condition", "Observation", "MedicationRequest", "ImagingStudy",
        "DiagnosticReport")) {
      try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/synthea-sample/" + type
          + ".ndjson.gz"))) {
        lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      }
    }
    new SyntheticExport().write(dir, new SyntheticExport().vignetteCount(), 3, false);
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }

    assertThat(lines).hasSizeGreaterThan(500);
    for (String line : lines) {
      assertKeepsWhatTheMappingReads(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      " { \"resourceType\" : \"Patient\" , \"name\" : [ {\"family\":\"O\\\"Neil\"} ], \"id\" : \"p-1\" } ",
      "{\"gender\":\"female\",\"text\":{\"div\":\"<div>é ü</div>\"},\"resourceType\":\"Patient\",\"id\":\"p\\u002d2\"}",
      "{\"resourceType\":\"Observation\",\"subject\":{\"display\":\"x\",\"reference\":\"urn:uuid:p-3\"},"
          + "\"valueQuantity\":{\"value\":-1.50e1},\"status\":\"final\",\"issued\":\"2026-01-01\"}",
      "{\"resourceType\":\"AllergyIntolerance\",\"patient\":{\"reference\":\"Patient/p-4\"},\"code\":{\"text\":\"PMMA\"}}",
      "{\"subject\":{\"reference\":\"Patient/p-5\"},\"resourceType\":\"Condition\",\"code\":{},\"code\":{\"text\":\"b\"}}",
      "{\"resourceType\":\"Medication\",\"id\":\"m-1\",\"code\":{\"text\":\"warfarin\"},\"form\":null}",
      "{\"resourceType\":\"Claim\",\"patient\":{\"reference\":\"Patient/p-6\"},\"total\":{\"value\":3}}",
      "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"Patient/p-7\"},\"subject\":{}}",
      "{}"})
  void oddlyWrittenLinesKeepWhatTheMappingReads(String line) throws IOException {
    assertKeepsWhatTheMappingReads(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"Patient\"", "{\"resourceType\":\"Patient\"} {}", "{not json",
      "{\"resourceType\":\"Patient\",\"name\":[{\"family\":}]}", "{\"resourceType\":\"Patient\",\"id\":\"p"})
  void aLineThatIsNotOneJsonObjectIsRefused(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> KeptLine.read(bytes, 0, bytes.length)).isInstanceOf(JsonProcessingException.class);
  }

  private static void assertKeepsWhatTheMappingReads(String line) throws IOException {
    byte[] bytes = ("xx" + line + "\nyy").getBytes(StandardCharsets.UTF_8);
    int length = line.getBytes(StandardCharsets.UTF_8).length;
    KeptLine kept = KeptLine.read(bytes, 2, length);
    JsonNode whole = JSON.readTree(line);

    assertThat(JSON.readTree(kept.json())).as(line).isEqualTo(MappedElements.parse(JSON, bytes, 2, length));
    assertThat(kept.json().length).as(line).isLessThanOrEqualTo(Math.max(2, length));
    assertThat(kept.patient()).as(line).isEqualTo(ResourceOwner.patientOf(whole));
    assertThat(kept.resourceType()).as(line).isEqualTo(whole.path("resourceType").asText(null));
    assertThat(kept.id()).as(line).isEqualTo(whole.path("id").asText(null));
  }
}
