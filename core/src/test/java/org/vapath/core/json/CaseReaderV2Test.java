package org.vapath.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Case;
import org.vapath.core.InputError;
import org.vapath.core.Vignettes;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.LabTest;
import org.vapath.core.model.MedicationRoute;

/** The fields of case format version 2: read when given, unknown when absent or null, refused naming the field. */
class CaseReaderV2Test {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CaseReader READER = new CaseReader(KnowledgePackJson.embedded(),
      () -> LocalDate.of(2026, 12, 1));

  /** P01 with {@code json} merged into the object at {@code path} ("" the case, "fractures.0" its fracture). */
  private static Case p01With(String path, String json) throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"));
    com.fasterxml.jackson.databind.JsonNode node = root;
    for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
      node = part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
    }
    ((ObjectNode) node).setAll((ObjectNode) MAPPER.readTree(json));
    return READER.read(root.toString());
  }

  @Test
  void theP01CaseOfVersionOneLeavesEveryVersionTwoFactUnknown() throws Exception {
    Case kase = p01With("", "{}");
    Fracture f = kase.fractures().get(0);

    assertThat(kase.patient().pregnant()).isNull();
    assertThat(kase.patient().hospitalized()).isNull();
    assertThat(kase.patient().weightKg()).isNull();
    assertThat(kase.function().rmdq()).isNull();
    assertThat(kase.osteoporosisCare().bmdReferral()).isNull();
    assertThat(kase.osteoporosisCare().treatment()).isNull();
    assertThat(f.posteriorWallInvolved()).isNull();
    assertThat(f.epiduralExtension()).isNull();
    assertThat(f.kyphoticDeformity()).isNull();
    assertThat(f.heightLossProgression()).isNull();
    assertThat(f.boneScanUptake()).isNull();
    assertThat(f.sins()).isNull();
    assertThat(f.bilskyGrade()).isNull();
  }

  @Test
  void thePatientFunctionAndBoneHealthFieldsAreRead() throws Exception {
    Case kase = p01With("", "{\"patient\": {\"ageYears\": 33, \"sex\": \"female\", \"pregnant\": false,"
        + " \"hospitalized\": true, \"weightKg\": 58.5}, \"function\": {\"rmdq\": 19, \"odi\": 46},"
        + " \"osteoporosisCare\": {\"bmdReferral\": true, \"treatment\": null}}");

    assertThat(kase.patient().pregnant()).isFalse();
    assertThat(kase.patient().hospitalized()).isTrue();
    assertThat(kase.patient().weightKg()).isEqualTo(58.5);
    assertThat(kase.function().rmdq()).isEqualTo(19);
    assertThat(kase.function().odi()).isEqualTo(46.0);
    assertThat(kase.osteoporosisCare().bmdReferral()).isTrue();
    assertThat(kase.osteoporosisCare().treatment()).as("null is unknown, never no").isNull();
  }

  @Test
  void theFractureFindingsOfVersionTwoAreRead() throws Exception {
    Case kase = p01With("fractures.0", "{\"posteriorWallInvolved\": true, \"epiduralExtension\": false,"
        + " \"kyphoticDeformity\": true, \"heightLossProgression\": false, \"boneScanUptake\": true,"
        + " \"sins\": {\"location\": 3, \"pain\": 1, \"boneLesion\": 2, \"alignment\": 0, \"collapse\": 2,"
        + " \"posterolateral\": 1}, \"bilskyGrade\": \"1c\"}");
    Fracture f = kase.fractures().get(0);

    assertThat(f.posteriorWallInvolved()).isTrue();
    assertThat(f.epiduralExtension()).isFalse();
    assertThat(f.kyphoticDeformity()).isTrue();
    assertThat(f.heightLossProgression()).isFalse();
    assertThat(f.boneScanUptake()).isTrue();
    assertThat(f.sins().score()).isEqualTo(9);
    assertThat(f.bilskyGrade()).isEqualTo(BilskyGrade.GRADE_1C);
  }

  @Test
  void aSinsTotalWinsAndAComponentUnknownLeavesTheScoreUnknown() throws Exception {
    Case total = p01With("fractures.0", "{\"sins\": {\"total\": 13, \"location\": 1}}");
    Case partial = p01With("fractures.0", "{\"sins\": {\"location\": 3, \"pain\": 3}}");

    assertThat(total.fractures().get(0).sins().score()).isEqualTo(13);
    assertThat(partial.fractures().get(0).sins().score()).isNull();
  }

  @Test
  void aMedicationRouteIsRead() throws Exception {
    Case kase = p01With("", "{\"medications\": [{\"name\": \"heparin\", \"route\": \"sc\"}]}");

    assertThat(kase.medications().get(0).route()).isEqualTo(MedicationRoute.SC);
  }

  @ParameterizedTest(name = "{0} {1} -> {2} mg/dL")
  @CsvSource({
      "mg/dL,  1.2,    1.2",
      "umol/L, 106.08, 1.2",
      "umol/L, 88.4,   1"})
  void creatinineIsReadInMilligramsPerDecilitreAndMicromolesAreDividedBy88point4(String unit, double value,
      double milligrams) throws Exception {
    Case kase = p01With("", "{\"labs\": [{\"test\": \"creatinine\", \"value\": " + value + ", \"unit\": \"" + unit
        + "\", \"date\": \"2026-11-20\"}]}");

    assertThat(kase.labs()).singleElement().satisfies(l -> {
      assertThat(l.test()).isEqualTo(LabTest.CREATININE);
      assertThat(l.value()).isCloseTo(milligrams, within(1e-9));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"patient\": {\"pregnant\": \"yes\"}}                     | patient.pregnant: must be true, false or null (got \"yes\")",
      "{\"patient\": {\"weightKg\": 0}}                           | patient.weightKg: must be between 0.5 and 500 (got 0)",
      "{\"patient\": {\"height\": 160}}                           | patient.height: unknown field",
      "{\"function\": {\"rmdq\": 25}}                             | function.rmdq: must be between 0 and 24 (got 25)",
      "{\"function\": {\"rmdq\": 12.5}}                           | function.rmdq: must be a whole number (got 12.5)",
      "{\"function\": {\"odi\": 101}}                             | function.odi: must be between 0 and 100 (got 101)",
      "{\"osteoporosisCare\": {\"dxa\": true}}                    | osteoporosisCare.dxa: unknown field",
      "{\"medications\": [{\"name\": \"heparin\", \"route\": \"im\"}]} | medications[0].route: must be one of iv, oral, sc (got \"im\")",
      "{\"labs\": [{\"test\": \"creatinine\", \"value\": 1.1}]}   | labs[0].unit: is required for serum creatinine",
      "{\"labs\": [{\"test\": \"creatinine\", \"value\": 1.1, \"unit\": \"mmol/L\"}]} | labs[0].unit: is not a unit accepted for serum creatinine",
      "{\"labs\": [{\"test\": \"creatinine\", \"value\": 106, \"unit\": \"mg/dL\"}]} | labs[0].value: is not a plausible serum creatinine"})
  void badVersionTwoFieldsAreRefusedNamingTheFieldAndTheValue(String json, String message) {
    assertThatThrownBy(() -> p01With("", json)).isInstanceOf(InputError.class).hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"bilskyGrade\": \"4\"}              | fractures[0].bilskyGrade: must be one of 0, 1a, 1b, 1c, 2, 3 (got \"4\")",
      "{\"sins\": {\"total\": 19}}           | fractures[0].sins.total: must be between 0 and 18 (got 19)",
      "{\"sins\": {\"pain\": 2}}             | fractures[0].sins.pain: is not a number of points of the SINS pain component: one of [0, 1, 3] (got 2)",
      "{\"sins\": {\"alignment\": 3}}        | fractures[0].sins.alignment: is not a number of points",
      "{\"sins\": {\"stability\": 3}}        | fractures[0].sins.stability: unknown field",
      "{\"kyphoticDeformity\": \"no\"}       | fractures[0].kyphoticDeformity: must be true, false or null (got \"no\")"})
  void badFractureFindingsAreRefusedNamingTheFieldAndTheValue(String json, String message) {
    assertThatThrownBy(() -> p01With("fractures.0", json)).isInstanceOf(InputError.class)
        .hasMessageContaining(message);
  }
}
