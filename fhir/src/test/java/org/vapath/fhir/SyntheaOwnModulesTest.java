package org.vapath.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.assessment.Decision;
import org.vapath.core.assessment.Finding;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.model.Etiology;

/**
 * Patients written by Synthea with its own modules (SNOMED CT problems, wellness-visit pain scores,
 * Synthea's references and DICOM system): a record VAPath's writer did not make.
 */
class SyntheaOwnModulesTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 30);
  private static final String CORD_INJURY = "ab07abc3-879b-0114-f69b-eadadb3e71d5";
  private static final String OSTEOPOROSIS = "56140256-12a6-7332-4ef5-1efd14c3c3e1";
  private static final FhirCaseMapper MAPPER = new FhirCaseMapper(KnowledgePackJson.embedded());
  private static final Engine ENGINE = Engine.withEmbeddedKnowledge();
  private static final Map<String, List<JsonNode>> PATIENTS = patients();

  private static Map<String, List<JsonNode>> patients() {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<JsonNode>> byPatient = new LinkedHashMap<>();
    for (String type : List.of("Patient", "Condition", "Observation", "MedicationRequest", "ImagingStudy",
        "Encounter")) {
      try (InputStream in = SyntheaOwnModulesTest.class.getResourceAsStream("/synthea-own-modules/" + type
          + ".ndjson.gz"); BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
          StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          JsonNode resource = json.readTree(line);
          String owner = type.equals("Patient") ? resource.get("id").asText()
              : References.idOf(PatientScope.reference(resource));
          byPatient.computeIfAbsent(owner, k -> new ArrayList<>()).add(resource);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return byPatient;
  }

  private static Case mapped(String patient) {
    return MAPPER.mapPatient(patient, PATIENTS.get(patient), ON, List.of());
  }

  @Test
  void everyPatientIsReadWholeWithoutRefusalOrUnreadPart() {
    assertThat(PATIENTS).hasSize(4);
    for (String patient : PATIENTS.keySet()) {
      Case kase = mapped(patient);

      assertThat(kase.caseId()).isEqualTo(patient);
      assertThat(kase.recordIssues()).as(patient).isEmpty();
      assertThat(kase.medications()).as(patient).allSatisfy(m -> assertThat(m.identified()).isTrue());
    }
  }

  @Test
  void theInjuriesModulesVertebralFractureWithCordInjuryIsAFractureAndAMyelopathy() {
    Case kase = mapped(CORD_INJURY);
    Assessment a = ENGINE.assess(kase);

    assertThat(kase.fractures()).singleElement().satisfies(f -> {
      assertThat(f.etiology()).isEqualTo(Etiology.UNKNOWN);
      assertThat(f.level()).as("Synthea writes no body site").isNull();
    });
    assertThat(kase.neuro().myelopathy()).isTrue();
    assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(a.missing()).extracting(Finding::code).contains("ETIOLOGY");
  }

  @Test
  void osteoporoticFracturesOfUnstatedBonesAreNotVertebralFractures() {
    Case kase = mapped(OSTEOPOROSIS);

    assertThat(kase.fractures()).isEmpty();
    assertThat(ENGINE.assess(kase).decision()).isEqualTo(Decision.NOT_INDICATED);
  }

  @Test
  void wellnessVisitPainScoresOfZeroNeverMakeAnyPatientAsymptomatic() {
    int zeroScores = 0;
    for (String patient : PATIENTS.keySet()) {
      Case kase = mapped(patient);
      Assessment a = ENGINE.assess(kase);
      if (kase.pain().nrs() != null && kase.pain().nrs() == 0) {
        zeroScores++;
      }

      assertThat(kase.pain().status()).as(patient).isNull();
      assertThat(a.contraindications()).extracting(Finding::code).as(patient).doesNotContain("ASYMPTOMATIC");
    }
    assertThat(zeroScores).as("the fixture holds latest scores of 0").isPositive();
  }
}
