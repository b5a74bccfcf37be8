package org.vapath.screen;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A patient's line that cannot be read stays part of that patient's record: named, and never read as "no". */
class PatientWorkTest {
  private static final PatientWork WORK = new PatientWork(KnowledgePackJson.embedded(), LocalDate.of(2026, 11, 23),
      List.of("Patient.ndjson", "Condition.ndjson"));

  private static SourceLine line(int file, long number, String json) {
    return new SourceLine(file, number, json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTruncatedFractureConditionNeverLetsThePatientBeNotIndicated() {
    SourceLine patient = line(0, 1, "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\"}");
    SourceLine truncated = line(1, 7, "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"subject\":{\"reference\":"
        + "\"Patient/p1\"},\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"M80.0");

    PatientWork.Outcome whole = WORK.assess("p1", List.of(patient));
    PatientWork.Outcome cut = WORK.assess("p1", List.of(patient, truncated));

    assertThat(whole.result().decision()).isEqualTo("NOT_INDICATED");
    assertThat(cut.result().decision()).isEqualTo("INCOMPLETE");
    assertThat(cut.result().missing()).contains("RECORD_UNREADABLE");
    assertThat(cut.result().recordIssues()).singleElement()
        .satisfies(issue -> assertThat(issue).startsWith("Condition.ndjson line 7: "));
    assertThat(cut.malformed()).containsExactly(truncated);
  }
}
