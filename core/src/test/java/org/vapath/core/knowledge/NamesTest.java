package org.vapath.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Eliquis 5 mg tablet                | eliquis 5 mg tablet",
      "warfarin sodium 5 MG Oral Tablet   | warfarin sodium 5 mg oral tablet",
      "  PLAVIX75mg                       | plavix 75 mg",
      "poly(methyl methacrylate)          | poly methyl methacrylate",
      "N,N-dimethyl-p-toluidine           | n n dimethyl p toluidine",
      "---                                | ''"})
  void normalisesCaseSpacingPunctuationAndLetterDigitBoundaries(String text, String normalised) {
    assertThat(Names.normalise(text)).isEqualTo(normalised);
  }

  @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "eliquis 5 mg       | eliquis  | true",
      "apixaban           | apixaban | true",
      "low dose aspirin   | aspirin  | true",
      "aspirinate         | aspirin  | false",
      "enoxaparin         | heparin  | false",
      "mma                | mma      | true",
      "mmab               | mma      | false"})
  void phrasesMatchWholeWordsOnly(String text, String phrase, boolean found) {
    assertThat(Names.containsPhrase(text, phrase)).isEqualTo(found);
  }
}
