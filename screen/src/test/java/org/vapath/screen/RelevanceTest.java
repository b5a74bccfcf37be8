package org.vapath.screen;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.fhir.FhirCaseMapper;

/** Leaving an observation unparsed never changes a case: the pre-filter only drops what the mapping ignores. */
class RelevanceTest {
  private static final Relevance RELEVANCE = new Relevance(KnowledgePackJson.embedded());
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static boolean matters(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return RELEVANCE.matters(bytes, 0, bytes.length);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"777-3\"}]}}|true",
      "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\"}]}}|false",
      "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"code\":\"pain-status\"}]}}|true",
      "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"code\":\"777\\u002d3\"}]}}|true",
      "{\"resourceType\":\"Observation\", \"code\": {\"coding\": [{\"code\": \"x\"}]}}|true",
      "{\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"code\":\"Z00\"}]}}|true",
      "{\"resourceType\":\"Observation\",\"code\":{\"text\":\"platelets\"}}|true",
      "{\"resourceType\":\"DiagnosticReport\",\"code\":{\"coding\":[{\"code\":\"34117-2\"}]}}|true",
      "{\"resourceType\":\"DiagnosticReport\",\"category\":[{\"coding\":[{\"code\":\"MR\"}]}]}|true"})
  void onlyAnObservationOrReportWhoseEveryCodeIsUnknownIsLeftOut(String line, boolean matters) {
    assertThat(matters(line)).isEqualTo(matters);
  }

  @Test
  void theCasesOfAnExportAreTheSameWithAndWithoutTheLinesLeftOut() throws IOException {
    new SyntheticExport().write(dir, 120, 6, false);
    Map<String, List<JsonNode>> all = new HashMap<>();
    Map<String, List<JsonNode>> kept = new HashMap<>();
    int left = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode resource = JSON.readTree(line);
          String patient = ResourceOwner.patientOf(resource);
          all.computeIfAbsent(patient, p -> new ArrayList<>()).add(resource);
          if (matters(line)) {
            kept.computeIfAbsent(patient, p -> new ArrayList<>()).add(resource);
          } else {
            left++;
          }
        }
      }
    }
    FhirCaseMapper mapper = new FhirCaseMapper(KnowledgePackJson.embedded());
    assertThat(left).isEqualTo(120 * 6);
    for (String patient : all.keySet()) {
      assertThat(mapper.mapJson(kept.get(patient), SyntheticExport.ASSESSED_ON)).as(patient)
          .isEqualTo(mapper.mapJson(all.get(patient), SyntheticExport.ASSESSED_ON));
    }
  }
}
