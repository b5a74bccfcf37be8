package org.vapath.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Case;
import org.vapath.core.InputError;
import org.vapath.core.Vignettes;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.LabTest;

class CaseReaderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CaseReader READER = new CaseReader(KnowledgePackJson.embedded(),
      () -> LocalDate.of(2026, 12, 1));

  private static String p01() {
    return Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json");
  }

  /** P01 with one JSON value replaced: {@code path} is a dotted path with array indexes, {@code json} the new value. */
  private static String p01With(String path, String json) throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(p01());
    String[] parts = java.util.regex.Pattern.compile("\\.").split(path);
    com.fasterxml.jackson.databind.JsonNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = parts[i].matches("\\d+") ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
    }
    ((ObjectNode) node).set(parts[parts.length - 1], MAPPER.readTree(json));
    return root.toString();
  }

  @Test
  void readsTheVignetteCase() {
    Case kase = READER.read(p01());

    assertThat(kase.caseId()).isEqualTo("P01");
    assertThat(kase.assessedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(kase.fractures()).singleElement().satisfies(f -> assertThat(f.etiology())
        .isEqualTo(Etiology.OSTEOPOROSIS));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "10*9/L  | 231    | 231",
      "10*3/uL | 231    | 231",
      "/uL     | 231000 | 231",
      "        | 231    | 231"})
  void plateletUnitsAreConvertedToTenToTheNinthPerLitre(String unit, double value, double expected) throws Exception {
    String lab = "{\"test\":\"platelets\",\"value\":" + value + (unit == null ? "" : ",\"unit\":\"" + unit + "\"")
        + ",\"date\":\"2026-11-20\"}";
    Case kase = READER.read(p01With("labs", "[" + lab + "]"));

    assertThat(kase.labs()).singleElement().satisfies(l -> {
      assertThat(l.test()).isEqualTo(LabTest.PLATELETS);
      assertThat(l.value()).isEqualTo(expected);
    });
  }

  @Test
  void anAbsentAssessmentDateIsToday() throws Exception {
    String json = p01With("labs", "[]").replace("\"assessedOn\":\"2026-11-23\",", "");
    CaseReader reader = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 12, 1));

    assertThat(reader.read(json).assessedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void nullAndAbsentAreUnknownNeverFalse() throws Exception {
    Case kase = READER.read(p01With("neuro", "{\"myelopathy\": null}"));

    assertThat(kase.neuro().myelopathy()).isNull();
    assertThat(kase.neuro().radiculopathy()).isNull();
  }

  @Test
  void absentListsOfAllergiesMedicationsAndFracturesStayUnknown() {
    Case kase = READER.read("{\"assessedOn\":\"2026-11-23\"}");

    assertThat(kase.allergies()).isNull();
    assertThat(kase.medications()).isNull();
    assertThat(kase.fractures()).isNull();
    assertThat(kase.labs()).isEmpty();
  }

  /** Each row: where the bad value goes, the value, the field the error must name, words of the problem. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "fractures.0.level             | \"L6\"                | fractures[0].level             | vertebral level",
      "fractures.0.level             | 5                     | fractures[0].level             | string",
      "fractures.0.etiology          | \"osteoporotic\"      | fractures[0].etiology          | one of",
      "fractures.0.heightLossPercent | 130                   | fractures[0].heightLossPercent | between 0 and 100",
      "fractures.0.painGenerator     | \"yes\"               | fractures[0].painGenerator     | true, false or null",
      "fractures.0.edma              | true                  | fractures[0].edma              | unknown field",
      "pain.status                   | \"severe\"            | pain.status                    | one of",
      "pain.nrs                      | 11                    | pain.nrs                       | between 0 and 10",
      "pain.onset                    | \"28/10/2026\"        | pain.onset                     | yyyy-mm-dd",
      "pain.onset                    | \"2026-02-30\"        | pain.onset                     | yyyy-mm-dd",
      "pain.onset                    | \"2026-12-01\"        | pain.onset                     | after the assessment date",
      "pain                          | [1]                   | pain                           | an object",
      "patient.ageYears              | 72.5                  | patient.ageYears               | whole number",
      "patient.ageYears              | 131                   | patient.ageYears               | between 0 and 130",
      "labs.0.unit                   | \"g/L\"               | labs[0].unit                   | not a unit accepted",
      "labs.0.test                   | \"hemoglobin\"        | labs[0].test                   | one of",
      "labs.0.value                  | -1                    | labs[0].value                  | between",
      "labs.0.value                  | 231000                | labs[0].value                  | check the unit",
      "labs.0.date                   | \"2026-11-24\"        | labs[0].date                   | after the assessment date",
      "labs                          | {}                    | labs                           | an array",
      "imaging.0.modality            | \"pet\"               | imaging[0].modality            | one of",
      "allergies                     | [\"PMMA\", 3]         | allergies[1]                   | a string",
      "medications                   | [{\"dose\": 5}]       | medications[0].dose            | unknown field",
      "medications                   | [{\"name\": \"\"}]    | medications[0].name            | non-empty",
      "infection.status              | \"maybe\"             | infection.status               | one of",
      "renal.creatinineClearanceMlMin| -3                    | renal.creatinineClearanceMlMin | between",
      "assessedOn                    | \"tomorrow\"          | assessedOn                     | yyyy-mm-dd",
      "assessedOn                    | \"2099-01-01\"        | assessedOn                     | after today (2026-12-01)",
      "assessedOn                    | \"0000-01-01\"        | assessedOn                     | before 1900",
      "pain.onset                    | \"1800-05-01\"        | pain.onset                     | before 1900",
      "labs.0.date                   | \"1899-12-31\"        | labs[0].date                   | before 1900",
      "weight                        | 70                    | weight                         | unknown field"})
  void badInputIsRefusedNamingTheFieldAndTheValue(String path, String value, String field, String problem)
      throws Exception {
    String json = p01With(path, value);

    assertThatThrownBy(() -> READER.read(json)).isInstanceOf(InputError.class)
        .hasMessageStartingWith(field + ": ").hasMessageContaining(problem)
        .satisfies(e -> assertThat(((InputError) e).field()).isEqualTo(field));
  }

  @Test
  void aListLongerThanAnyPatientsIsRefusedNamingIt() throws Exception {
    String allergies = "[" + "\"latex\",".repeat(JsonCursor.MAX_ITEMS) + "\"PMMA\"]";

    assertThatThrownBy(() -> READER.read(p01With("allergies", allergies))).isInstanceOf(InputError.class)
        .hasMessage("allergies: has more than " + JsonCursor.MAX_ITEMS + " items");
    assertThat(READER.read(p01With("allergies", "[" + "\"latex\",".repeat(JsonCursor.MAX_ITEMS - 1) + "\"PMMA\"]"))
        .allergies()).hasSize(JsonCursor.MAX_ITEMS);
  }

  @Test
  void aTextLongerThanTheLimitIsRefusedNamingIt() throws Exception {
    String name = "\"" + "x".repeat(JsonCursor.MAX_TEXT + 1) + "\"";

    assertThatThrownBy(() -> READER.read(p01With("medications", "[{\"name\":" + name + "}]")))
        .isInstanceOf(InputError.class).hasMessageStartingWith("medications[0].name: is longer than "
            + JsonCursor.MAX_TEXT + " characters");
  }

  @Test
  void theRefusedValueIsQuotedInTheMessage() throws Exception {
    String json = p01With("fractures.0.level", "\"L6\"");

    assertThatThrownBy(() -> READER.read(json)).hasMessage(
        "fractures[0].level: is not a vertebral level: C1-C7, T1-T12, L1-L5 or S1-S5 (got \"L6\")");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"caseId\": ",
      "[1, 2]",
      "\"a case\"",
      "{} {}",
      "{\"caseId\":\"1\",\"caseId\":\"2\"}",
      "''"})
  void malformedOrWronglyShapedDocumentsAreRefused(String json) {
    assertThatThrownBy(() -> READER.read(json == null ? "" : json)).isInstanceOf(InputError.class)
        .hasMessageStartingWith("(document): ");
  }

  @Test
  void aLevelListedTwiceIsRefused() throws Exception {
    String fracture = "{\"level\":\"L1\",\"etiology\":\"osteoporosis\"}";
    String json = p01With("fractures", "[" + fracture + "," + fracture + "]");

    assertThatThrownBy(() -> READER.read(json)).hasMessageStartingWith("fractures[1].level: ")
        .hasMessageContaining("listed twice");
  }
}
