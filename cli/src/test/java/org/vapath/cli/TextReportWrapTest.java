package org.vapath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report's columns wrap a long drug name onto the next line; they never cut it. */
class TextReportWrapTest {
  @Test
  void aLongNameIsWrappedAtSpacesAndKeptWhole() {
    List<String> lines = TextReport.wrap("warfarin sodium 5 MG Oral Tablet (Coumadin)", 24);

    assertThat(lines).containsExactly("warfarin sodium 5 MG", "Oral Tablet (Coumadin)");
    assertThat(String.join(" ", lines)).isEqualTo("warfarin sodium 5 MG Oral Tablet (Coumadin)");
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(24));
  }

  @Test
  void aWordLongerThanTheColumnIsBrokenNotShortened() {
    assertThat(TextReport.wrap("acetylsalicylicacidtablets", 12)).containsExactly("acetylsalicy", "licacidtable",
        "ts");
    assertThat(TextReport.wrap("apixaban", 12)).containsExactly("apixaban");
  }
}
