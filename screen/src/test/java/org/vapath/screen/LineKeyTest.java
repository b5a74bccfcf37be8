package org.vapath.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineKeyTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "{\"resourceType\":\"Patient\",\"id\":\"p-1\",\"gender\":\"female\"}|p-1",
      "{\"resourceType\":\"Patient\",\"meta\":{},\"id\":\"p-1\"}|null",
      "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"Patient/p-2\"}}|p-2",
      "{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"urn:uuid:p-3\"}}|p-3",
      "{\"resourceType\":\"AllergyIntolerance\",\"patient\":{\"reference\":\"Patient/p-4\"}}|p-4",
      "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"Patient/p\\u002d5\"}}|null",
      "{\"resourceType\":\"Observation\",\"subject\": {\"reference\": \"Patient/p-6\"}}|null",
      "{\"resourceType\":\"Medication\",\"id\":\"m-1\"}|null"})
  void thePatientIsFoundInCompactLinesAndLeftToTheParserOtherwise(String line, String patient) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    assertThat(LineKey.quickPatient(bytes, 0, bytes.length)).isEqualTo(patient);
  }
}
