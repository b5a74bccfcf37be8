package org.vapath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vapath.report.levels.Anchor;
import org.vapath.report.levels.LevelFinder;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.text.Sentence;
import org.vapath.report.text.SentenceSplitter;

/** Sentences and levels as the reader finds them. */
class TextAndLevelsTest {
  private static final LevelFinder LEVELS = new LevelFinder(Lexicon.embedded());

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text, 0, text.length()).stream().map(Sentence::text).toList();
  }

  private static List<String> anchors(String text) {
    return LEVELS.find(text, 0).stream().map(a -> a.kind() + " " + a.levels()).toList();
  }

  @Test
  void aLevelAtTheEndOfASentenceEndsIt() {
    assertThat(sentences("Compression fracture of L1. No retropulsion.")).containsExactly("Compression fracture of L1.",
        "No retropulsion.");
  }

  @Test
  void decimalsAbbreviationsAndListNumbersDoNotEndASentence() {
    assertThat(sentences("A 1.5 cm lesion, discussed with Dr. Smith. 2. Fracture vs. bruise. Approx. 30% loss."))
        .containsExactly("A 1.5 cm lesion, discussed with Dr. Smith.", "Fracture vs. bruise.", "Approx. 30% loss.");
  }

  @Test
  void aLeadingListNumberIsNotPartOfTheSentence() {
    assertThat(sentences("1. Acute L1 fracture. 2. No retropulsion.")).containsExactly("Acute L1 fracture.",
        "No retropulsion.");
  }

  @Test
  void levelsPairsRangesAndDiscs() {
    assertThat(anchors("T12 and L1")).containsExactly("LEVEL [T12]", "LEVEL [L1]");
    assertThat(anchors("T11-L1")).containsExactly("RANGE [T11, T12, L1]");
    assertThat(anchors("from T11 to L1")).containsExactly("RANGE [T11, T12, L1]");
    assertThat(anchors("T5-9")).containsExactly("RANGE [T5, T6, T7, T8, T9]");
    assertThat(anchors("L4-5")).containsExactly("DISC [L4, L5]");
    assertThat(anchors("the L4-L5 disc")).containsExactly("DISC [L4, L5]");
    assertThat(anchors("L1-L2")).containsExactly("PAIR [L1, L2]");
    assertThat(anchors("L4/L5")).containsExactly("PAIR [L4, L5]");
    assertThat(anchors("L4 on L5")).containsExactly("SEGMENT [L4, L5]");
  }

  @Test
  void levelsInWords() {
    assertThat(anchors("the first lumbar vertebra")).containsExactly("LEVEL [L1]");
    assertThat(anchors("the eighth and ninth thoracic vertebral bodies")).containsExactly("LEVEL [T8]", "LEVEL [T9]");
    assertThat(anchors("five lumbar-type vertebral bodies")).isEmpty();
  }

  @Test
  void mriSequencesAreNotLevels() {
    assertThat(anchors("T1 hypointense and T2-weighted images")).isEmpty();
    assertThat(anchors("a T1 and T2 hyperintense lesion")).isEmpty();
    assertThat(anchors("sagittal T1, T2 and STIR")).isEmpty();
    assertThat(anchors("low T1 and high STIR signal")).isEmpty();
    assertThat(anchors("T1 and T2 compression fractures")).containsExactly("LEVEL [T1]", "LEVEL [T2]");
  }

  @Test
  void spansPointAtTheLevelInTheText() {
    String text = "Fracture of T12.";
    Anchor anchor = LEVELS.find(text, 100).get(0);
    assertThat(anchor.start()).isEqualTo(112);
    assertThat(text.substring(anchor.start() - 100, anchor.end() - 100)).isEqualTo("T12");
  }
}
