package org.vapath.core.knowledge;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vapath.core.model.Modality;
import org.vapath.core.model.VertebralLevel;

/** Codes as records write them: with or without the dot, under an OID, in SNOMED CT; levels and titles in words. */
class TerminologyTest {
  private static final Terminology T = KnowledgePackJson.embedded().terminology();

  @ParameterizedTest(name = "{0}|{1} means {2} {3}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "http://hl7.org/fhir/sid/icd-10-cm | M80.08XA | fracture     | osteoporosis",
      "http://hl7.org/fhir/sid/icd-10-cm | M8008XA  | fracture     | osteoporosis",
      "urn:oid:2.16.840.1.113883.6.90    | M8008XA  | fracture     | osteoporosis",
      "http://hl7.org/fhir/sid/icd-10-cm | S22060A  | fracture     | trauma",
      "http://hl7.org/fhir/sid/icd-10-cm | A41.01   | infection    | systemic",
      "http://hl7.org/fhir/sid/icd-10-cm | A403     | infection    | systemic",
      "http://hl7.org/fhir/sid/icd-10-cm | G95.20   | myelopathy   | -",
      "http://hl7.org/fhir/sid/icd-10-cm | G992     | myelopathy   | -",
      "http://hl7.org/fhir/sid/icd-10-cm | M81.0    | osteoporosis | -",
      "http://snomed.info/sct            | 42942008 | fracture     | unknown",
      "urn:oid:2.16.840.1.113883.6.96    | 240198002| fracture     | osteoporosis",
      "http://snomed.info/sct            | 1734006  | fracture     | unknown",
      "http://snomed.info/sct            | 1734006  | myelopathy   | -",
      "http://snomed.info/sct            | 91302008 | infection    | systemic",
      "https://dicom.nema.org/resources/ontology/DCM | MR | imaging | mri",
      "http://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_29.html | DX | imaging | radiograph",
  })
  void aCodeIsKnownWhateverFormItArrivesIn(String system, String code, String means, String value) {
    Concept concept = T.find(system, code, means);

    assertThat(concept).isNotNull();
    assertThat(concept.value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}|{1} is not known")
  @CsvSource(delimiter = '|', value = {
      "http://hl7.org/fhir/sid/icd-10-cm | M80.8AXA",   // other site, not a vertebra
      "http://hl7.org/fhir/sid/icd-10    | M80.08XA",   // WHO ICD-10 is not ICD-10-CM
      "http://snomed.info/sct            | M80.08XA",
      "http://loinc.org                  | 7773",       // LOINC's hyphen is not punctuation
  })
  void aCodeOfAnotherSystemOrSiteIsNotKnown(String system, String code) {
    assertThat(T.findAll(system, code)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" names {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "L1                               | L1",
      "T 12 vertebral body              | T12",
      "first lumbar vertebra            | L1",
      "Twelfth thoracic vertebra        | T12",
      "Structure of L-1 vertebra        | L1",
      "Wedge compression fracture of T7-T8 vertebra | -",
      "Left knee                        | -",
      "L4-L5 disc                       | -",
      "TL1                              | -",
  })
  void aVertebralLevelIsReadFromWordsAndNeverGuessedFromARange(String text, VertebralLevel level) {
    assertThat(T.spineWords().level(text)).isEqualTo(level);
  }

  @ParameterizedTest(name = "\"{0}\": spine {1}, modality {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "XR Lumbar spine 2 views          | true  | RADIOGRAPH",
      "MRI thoracic spine without contrast | true | MRI",
      "CT L-spine                       | true  | CT",
      "Dental X-ray                     | false | RADIOGRAPH",
      "Chest X-ray                      | false | RADIOGRAPH",
      "CT of the cervix                 | false | CT",
      "Vertebral column structure       | true  | -",
  })
  void aTitleSaysSpineOnlyWhenItNamesTheSpine(String title, boolean spine, Modality modality) {
    assertThat(T.spineWords().saysSpine(title)).isEqualTo(spine);
    assertThat(T.spineWords().modality(title)).isEqualTo(modality);
  }
}
