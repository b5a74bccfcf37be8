package org.vapath.server.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;

/**
 * The patient sheet reads at school grade 8 or below for every vignette, by the Flesch–Kincaid
 * grade: 0.39 × (words per sentence) + 11.8 × (syllables per word) − 15.59.
 */
class ReadabilityTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'.-]*");

  static Stream<Vignettes.Vignette> vignettes() {
    // version 1 and version 2 vignettes alike
    return Stream.of(Vignettes.all(), Vignettes.in("hemostasis-vignettes"), Vignettes.in("vignettes-v2"),
        Vignettes.in("pathway-vignettes")).flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void theSheetReadsAtGradeEightOrBelow(Vignettes.Vignette v) {
    Assessment a = Engine.withEmbeddedKnowledge().assess(new CaseReader(PACK, () -> LocalDate.of(2026, 11, 24))
        .read(v.caseJson()));
    String text = sheetText(a);

    assertThat(grade(text)).as(v.name() + ": " + text).isLessThanOrEqualTo(8.0);
  }

  @Test
  void theCounterCountsSyllablesAsADictionaryDoes() {
    // one row per rule: vowel groups, a silent final e, a final consonant + "le", a word of one letter
    assertThat(syllables("cat")).isEqualTo(1);
    assertThat(syllables("bone")).isEqualTo(1);
    assertThat(syllables("cement")).isEqualTo(2);
    assertThat(syllables("little")).isEqualTo(2);
    assertThat(syllables("vertebroplasty")).isEqualTo(5);
    assertThat(syllables("a")).isEqualTo(1);
    assertThat(syllables("2026-11-24")).isEqualTo(1);
  }

  @Test
  void jargonScoresAboveTheLimitAndPlainWordsBelowIt() {
    assertThat(grade("Percutaneous vertebral augmentation reduces nociceptive symptomatology in osteoporotic"
        + " compression fractures refractory to conservative management.")).isGreaterThan(8.0);
    assertThat(grade("The cement makes the bone strong again. This can ease the pain.")).isLessThan(8.0);
  }

  /** The sheet as a patient reads it: the title, each heading and each paragraph, one sentence at least each. */
  private static String sheetText(Assessment a) {
    List<String> parts = new ArrayList<>();
    parts.add(PatientSheet.TITLE + ".");
    for (SheetText.Section section : SheetText.of(a, PACK)) {
      parts.add(section.heading() + ".");
      section.paragraphs().forEach(p -> parts.add(p.endsWith(".") || p.endsWith(":") ? p : p + "."));
    }
    return String.join(" ", parts);
  }

  static double grade(String text) {
    int sentences = text.split("[.!?:]+(\\s|$)").length;
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    int syllables = words.stream().mapToInt(ReadabilityTest::syllables).sum();
    return 0.39 * words.size() / sentences + 11.8 * syllables / words.size() - 15.59;
  }

  /**
   * The syllables of an English word, by the usual approximation: each group of vowels (y counted as
   * a vowel) is one syllable; a final silent "e" is not, but a final consonant + "le" is ("lit-tle");
   * every word has at least one. A number or a date is read as one word of one syllable, so that the
   * sheet's dates and figures neither help nor hurt the grade much. Dictionary counts differ on a few
   * words ("area", "create"); the error is small over a page.
   */
  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 1;
    }
    int count = 0;
    Matcher m = VOWEL_GROUP.matcher(w);
    while (m.find()) {
      count++;
    }
    if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && count > 1) {
      count--;
    }
    if (w.endsWith("le") && w.length() > 2 && "aeiouy".indexOf(w.charAt(w.length() - 3)) >= 0 && count > 1) {
      count--; // "-ale", "-ole": the e is silent ("whole")
    }
    return Math.max(1, count);
  }
}
