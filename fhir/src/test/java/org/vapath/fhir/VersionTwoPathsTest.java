package org.vapath.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.vapath.fhir.VersionTwoRecords.assertNamed;
import static org.vapath.fhir.VersionTwoRecords.codes;
import static org.vapath.fhir.VersionTwoRecords.condition;
import static org.vapath.fhir.VersionTwoRecords.creatinine;
import static org.vapath.fhir.VersionTwoRecords.fracture;
import static org.vapath.fhir.VersionTwoRecords.map;
import static org.vapath.fhir.VersionTwoRecords.quantity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.assessment.Acuity;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.Fracture;

/**
 * The FHIR paths of case format version 2 (pain onset, creatinine, body weight, pregnancy,
 * myelopathy, bone scan uptake, SINS, Bilsky grade, the case facts), each read right and each
 * broken: a wrong unit or type, no value, a value out of range, an entered-in-error resource, another
 * patient's resource. A broken one leaves its fact unknown and named (a record issue, or refused
 * whole for another patient), never a silent value. The resources are shaped like Synthea's and US
 * Core's examples (category, UCUM system and code, effectiveDateTime with a zone).
 */
class VersionTwoPathsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Engine ENGINE = Engine.withEmbeddedKnowledge();
  private static final String EXT = VapathFhir.EXTENSION;
  private static final String FACTS = VapathFhir.FACTS;

  // --- reading ---------------------------------------------------------------------------------------

  @Test
  void theBoneScanSinsAndBilskyExtensionsAreRead() throws IOException {
    Fracture f = fracture(map(condition("""
        {"url":"%sbone-scan-uptake","valueBoolean":true},
        {"url":"%ssins","extension":[{"url":"total","valueInteger":13}]},
        {"url":"%sbilsky-grade","valueCode":"1c"}""".formatted(EXT, EXT, EXT), "", "active")));

    assertThat(f.boneScanUptake()).isTrue();
    assertThat(f.sins().total()).isEqualTo(13);
    assertThat(f.bilskyGrade()).isEqualTo(BilskyGrade.GRADE_1C);
  }

  @Test
  void aSinsGivenByItsSixComponentsScoresTheirSum() throws IOException {
    Fracture f = fracture(map(condition("""
        {"url":"%ssins","extension":[{"url":"location","valueInteger":3},{"url":"pain","valueInteger":3},
          {"url":"boneLesion","valueInteger":2},{"url":"alignment","valueInteger":2},
          {"url":"collapse","valueInteger":2},{"url":"posterolateral","valueInteger":1}]}""".formatted(EXT), "",
        "active")));

    assertThat(f.sins().total()).isNull();
    assertThat(f.sins().score()).isEqualTo(13);
  }

  @Test
  void aSinsWithAComponentAbsentAndNoTotalIsUnknownNotASmallerScore() throws IOException {
    Fracture f = fracture(map(condition("""
        {"url":"%ssins","extension":[{"url":"location","valueInteger":3},{"url":"pain","valueInteger":3}]}"""
        .formatted(EXT), "", "active")));

    assertThat(f.sins().score()).isNull();
  }

  @ParameterizedTest(name = "{0} {1} {2} is {3}")
  @CsvSource(delimiter = '|', textBlock = """
      2160-0  | 1.1   | mg/dL   | 1.1
      2160-0  | 88.4  | umol/L  | 1.0
      2160-0  | 176.8 | µmol/L  | 2.0
      29463-7 | 70    | kg      | 70.0
      29463-7 | 70500 | g       | 70.5
      29463-7 | 185   | [lb_av] | 83.91458845
      3141-9  | 62.5  | kg      | 62.5
      """)
  void creatinineAndWeightAreConvertedFromTheirUcumUnits(String loinc, double value, String unit, double expected)
      throws IOException {
    Case kase = map(quantity("o1", loinc, value, unit, "final"));

    Double read = loinc.equals("2160-0") ? creatinine(kase) : kase.patient().weightKg();
    assertThat(read).isCloseTo(expected, offset(1e-6));
    assertThat(kase.recordIssues()).isEmpty();
  }

  // --- broken: unknown and named -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      creatinine   | wrong unit           | 2160-0  | 1.1   | mmol/L     | final            | valueQuantity.code
      creatinine   | no unit              | 2160-0  | 1.1   | -          | final            | valueQuantity.code
      creatinine   | out of range (µmol/L read as mg/dL) | 2160-0 | 97 | mg/dL | final         | valueQuantity.value
      creatinine   | out of range, low    | 2160-0  | 0.01  | mg/dL      | final            | valueQuantity.value
      creatinine   | entered in error     | 2160-0  | 1.1   | mg/dL      | entered-in-error | -
      creatinine   | preliminary          | 2160-0  | 1.1   | mg/dL      | preliminary      | -
      weight       | pounds not in UCUM   | 29463-7 | 185   | lbs        | final            | valueQuantity
      weight       | stones               | 29463-7 | 11    | [st_av]    | final            | valueQuantity
      weight       | out of range         | 29463-7 | 0     | kg         | final            | valueQuantity.value
      weight       | out of range, high   | 29463-7 | 950   | kg         | final            | valueQuantity.value
      weight       | grams read as kg     | 3141-9  | 70500 | kg         | final            | valueQuantity.value
      weight       | entered in error     | 29463-7 | 70    | kg         | entered-in-error | -
      """)
  void aBrokenLabOrWeightIsUnknown(String path, String broken, String loinc, double value, String unit, String status,
      String element) throws IOException {
    Case kase = map(quantity("o1", loinc, value, unit.equals("-") ? null : unit, status));

    assertThat(path.equals("creatinine") ? creatinine(kase) : kase.patient().weightKg()).as(broken).isNull();
    assertNamed(kase, "Observation/o1", element);
  }

  @Test
  void anUnreadableLaterWeightHidesAnOlderReadableOne() throws IOException {
    Case kase = map(quantity("old", "29463-7", 70, "kg", "final").replace("2026-11-20", "2026-10-01"),
        quantity("new", "29463-7", 154, "lbs", "final"));

    assertThat(kase.patient().weightKg()).as("the unreadable one is later: the current weight is unknown").isNull();
    assertNamed(kase, "Observation/new", "valueQuantity");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      weight | no value, a data absent reason | 29463-7 | {"dataAbsentReason":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/data-absent-reason","code":"asked-declined"}]}}
      creatinine | no value, a data absent reason | 2160-0 | {"dataAbsentReason":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/data-absent-reason","code":"error"}]}}
      """)
  void aLabOrWeightWithNoValueSaysNothing(String path, String broken, String loinc, String body) throws IOException {
    ObjectNode observation = (ObjectNode) JSON.readTree(quantity("o1", loinc, 1, "kg", "final"));
    observation.remove("valueQuantity");
    observation.setAll((ObjectNode) JSON.readTree(body));

    Case kase = map(observation.toString());

    assertThat(path.equals("creatinine") ? creatinine(kase) : kase.patient().weightKg()).isNull();
    assertThat(kase.recordIssues()).isEmpty();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      wrong type | pregnant | "valueString":"yes" | final | value[x]
      no value | pregnant | "dataAbsentReason":{"text":"not asked"} | final | -
      entered in error | pregnant | "valueBoolean":true | entered-in-error | -
      wrong type | myelopathy | "valueCodeableConcept":{"text":"yes"} | final | value[x]
      entered in error | myelopathy | "valueBoolean":true | entered-in-error | -
      wrong type | hospitalized | "valueInteger":1 | final | value[x]
      wrong type | bmd-referral | "valueString":"done" | final | value[x]
      out of range | rmdq | "valueQuantity":{"value":25} | final | valueQuantity.value
      not whole | rmdq | "valueQuantity":{"value":12.5} | final | valueQuantity.value
      out of range | odi | "valueQuantity":{"value":140,"unit":"%"} | final | valueQuantity.value
      wrong type | odi | "valueInteger":40 | final | value[x]
      wrong unit (eGFR) | creatinine-clearance | "valueQuantity":{"value":55,"system":"http://unitsofmeasure.org","code":"mL/min/{1.73_m2}"} | final | valueQuantity.code
      out of range | creatinine-clearance | "valueQuantity":{"value":-5,"code":"mL/min"} | final | valueQuantity.value
      entered in error | creatinine-clearance | "valueQuantity":{"value":55,"code":"mL/min"} | entered-in-error | -
      outside vocabulary | pain-status | "valueCodeableConcept":{"coding":[{"system":"https://vapath.org/fhir/CodeSystem/case-facts","code":"maybe"}]} | final | valueCodeableConcept
      """)
  void aBrokenCaseFactIsUnknown(String broken, String code, String value, String status, String element)
      throws IOException {
    Case kase = map("""
        {"resourceType":"Observation","id":"f1","status":"%s","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"%s","code":"%s"}]},"effectiveDateTime":"2026-11-20T09:00:00-05:00",%s}"""
        .formatted(status, FACTS, code, value));

    assertThat(FACT.get(code).apply(kase)).as(broken).isNull();
    assertNamed(kase, "Observation/f1", element);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      uptake | wrong type | {"url":"%sbone-scan-uptake","valueString":"positive"} | extension(%sbone-scan-uptake)
      uptake | no value | {"url":"%sbone-scan-uptake"} | extension(%sbone-scan-uptake)
      bilsky | outside its codes | {"url":"%sbilsky-grade","valueCode":"4"} | extension(%sbilsky-grade)
      bilsky | wrong case | {"url":"%sbilsky-grade","valueCode":"1A"} | extension(%sbilsky-grade)
      bilsky | wrong type | {"url":"%sbilsky-grade","valueInteger":2} | extension(%sbilsky-grade)
      sins | a value of its own | {"url":"%ssins","valueInteger":13} | extension(%ssins)
      sins | empty | {"url":"%ssins"} | extension(%ssins)
      """)
  void aBrokenPerLevelExtensionIsUnknownAndTheFractureIsStillRead(String path, String broken, String extension,
      String element) throws IOException {
    Case kase = map(condition(extension.replace("%s", EXT), "", "active"));

    Fracture f = fracture(kase);
    assertThat(f.level()).as(broken).hasToString("L1");
    assertThat(path.equals("uptake") ? f.boneScanUptake() : path.equals("bilsky") ? f.bilskyGrade() : f.sins())
        .as(broken).isNull();
    assertNamed(kase, "Condition/c1", element.replace("%s", EXT));
    assertThat(codes(ENGINE.assess(kase).toVerify())).contains("RECORD_UNREADABLE");
  }

  @ParameterizedTest(name = "sins: {0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      total out of range | [{"url":"total","valueInteger":19}] | total
      points the component cannot take | [{"url":"total","valueInteger":9},{"url":"pain","valueInteger":2}] | pain
      a decimal total | [{"url":"total","valueDecimal":13.0}] | total
      a part it has not | [{"url":"stability","valueInteger":2}] | -
      a part twice | [{"url":"total","valueInteger":5},{"url":"total","valueInteger":14}] | -
      """)
  void aBrokenSinsIsUnknownWholeAndTheFractureIsStillRead(String broken, String parts, String part)
      throws IOException {
    String url = EXT + "sins";
    Case kase = map(condition("{\"url\":\"" + url + "\",\"extension\":" + parts + "}", "", "active"));

    assertThat(fracture(kase).sins()).as(broken).isNull();
    assertThat(fracture(kase).level()).hasToString("L1");
    assertNamed(kase, "Condition/c1", "extension(" + url + ")" + (part == null ? "" : "." + part));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not a date         | "onsetDateTime":"last spring"   | onsetDateTime
      after the day      | "onsetDateTime":"2026-12-24"    | onsetDateTime
      before 1900        | "onsetDateTime":"1826-08-01"    | onsetDateTime
      an age             | "onsetAge":{"value":78,"unit":"a","system":"http://unitsofmeasure.org","code":"a"} | onsetAge
      words              | "onsetString":"after a fall"    | onsetString
      """)
  void aBrokenPainOnsetIsUnknownAndTheFractureIsStillRead(String broken, String onset, String element)
      throws IOException {
    Case kase = map(condition("", "," + onset, "active"));

    assertThat(kase.pain() == null ? null : kase.pain().onset()).as(broken).isNull();
    assertThat(fracture(kase).level()).hasToString("L1");
    assertNamed(kase, "Condition/c1", element);
  }

  @Test
  void aFractureWithoutAnOnsetHasAnUnknownAcuityNeverAnAcuteOne() throws IOException {
    Case kase = map(condition("{\"url\":\"" + EXT + "bone-scan-uptake\",\"valueBoolean\":true}", "", "active"));

    assertThat(kase.pain() == null ? null : kase.pain().onset()).isNull();
    assertThat(ENGINE.assess(kase).levels()).singleElement()
        .satisfies(level -> assertThat(level.acuity()).isEqualTo(Acuity.UNKNOWN));
    assertThat(kase.recordIssues()).isEmpty();
  }

  @Test
  void anUnreadableOnsetLeavesThePainOnsetUnknownEvenBesideAReadableOne() throws IOException {
    Case kase = map(condition("", ",\"onsetDateTime\":\"2026-11-01\"", "active"),
        condition("", ",\"onsetDateTime\":\"Sept\"", "active").replace("\"c1\"", "\"c2\"").replace("L1", "L2"));

    assertThat(kase.pain() == null ? null : kase.pain().onset()).as("the unreadable one may be the earlier").isNull();
    assertNamed(kase, "Condition/c2", "onsetDateTime");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      entered in error | entered-in-error | active
      refuted          | refuted          | active
      resolved         | confirmed        | resolved
      """)
  void aVoidFractureConditionGivesNoFactsOfItsLevel(String why, String verification, String clinical)
      throws IOException {
    Case kase = map(condition("""
        {"url":"%ssins","extension":[{"url":"total","valueInteger":15}]},
        {"url":"%sbone-scan-uptake","valueBoolean":true},
        {"url":"%sbilsky-grade","valueCode":"3"}""".formatted(EXT, EXT, EXT), ",\"onsetDateTime\":\"2026-11-01\"",
        clinical).replace("\"confirmed\"", '"' + verification + '"'));

    assertThat(kase.fractures()).as(why).isEmpty();
    assertThat(kase.pain() == null ? null : kase.pain().onset()).as(why).isNull();
    assertThat(kase.recordIssues()).isEmpty();
  }

  @Test
  void anEnteredInErrorMyelopathyDiagnosisIsNotAMyelopathy() throws IOException {
    Case kase = map("""
        {"resourceType":"Condition","id":"m1","subject":{"reference":"Patient/p1"},
         "verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status",
           "code":"entered-in-error"}]},
         "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"G95.20",
           "display":"Unspecified cord compression"}]}}""");

    assertThat(kase.neuro().myelopathy()).as("unknown, not true and not false").isNull();
  }

  @Test
  void anUnknownPregnancyOfAWomanOfChildBearingAgeIsAskedFor() throws IOException {
    Case kase = map(condition("", "", "active"), """
        {"resourceType":"Observation","id":"f1","status":"final","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"%s","code":"pregnant"}]},"valueString":"no"}""".formatted(FACTS));

    assertThat(kase.patient().pregnant()).isNull();
    assertThat(codes(ENGINE.assess(kase).toVerify())).contains("PREGNANCY_STATUS", "RECORD_UNREADABLE");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      onset      | Condition
      sins       | Condition
      creatinine | Observation
      weight     | Observation
      pregnant   | Observation
      myelopathy | Observation
      """)
  void anotherPatientsResourceIsRefusedNamed(String path, String type) throws IOException {
    String resource = switch (path) {
      case "onset" -> condition("", ",\"onsetDateTime\":\"2026-11-01\"", "active");
      case "sins" -> condition("{\"url\":\"" + EXT + "sins\",\"extension\":[{\"url\":\"total\",\"valueInteger\":4}]}",
          "", "active");
      case "creatinine" -> quantity("c1", "2160-0", 1.1, "mg/dL", "final");
      case "weight" -> quantity("c1", "29463-7", 70, "kg", "final");
      default -> """
          {"resourceType":"Observation","id":"c1","status":"final","subject":{"reference":"Patient/p1"},
           "code":{"coding":[{"system":"%s","code":"%s"}]},"valueBoolean":true}""".formatted(FACTS, path);
    };
    String other = resource.replace("Patient/p1", "Patient/p2");

    assertThatThrownBy(() -> map(other)).isInstanceOf(InputError.class)
        .hasMessageContaining(type + "/c1.subject").hasMessageContaining("another patient");
  }

  private static final Map<String, Function<Case, Object>> FACT = Map.of(
      "pregnant", c -> c.patient().pregnant(), "myelopathy", c -> c.neuro().myelopathy(),
      "hospitalized", c -> c.patient().hospitalized(), "bmd-referral", c -> c.osteoporosisCare().bmdReferral(),
      "rmdq", c -> c.function().rmdq(), "odi", c -> c.function().odi(),
      "creatinine-clearance", c -> c.renal().creatinineClearanceMlMin(), "pain-status", c -> c.pain() == null ? null
          : c.pain().status());
}
