package org.vapath.report;

import java.util.List;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Line;
import org.vapath.report.text.Section;
import org.vapath.report.text.Tokenizer;

/** What a report says as a whole: its modality, from the examination's name. */
final class ReportFacts {
  private static final List<Vocabulary> MODALITIES = List.of(Vocabulary.MODALITY_PET, Vocabulary.MODALITY_NM,
      Vocabulary.MODALITY_MR, Vocabulary.MODALITY_CT, Vocabulary.MODALITY_XR);

  private final Lexicon lexicon;

  ReportFacts(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The modality of the title lines, PET before NM before MR before CT before radiographs; null when none says. */
  String modality(String report, List<Line> lines) {
    StringBuilder title = new StringBuilder();
    for (Line line : lines) {
      if (line.section() == Section.TITLE) {
        title.append(' ').append(report, line.start(), line.end());
      }
    }
    String words = words(title.toString());
    for (Vocabulary modality : MODALITIES) {
      if (contains(words, modality)) {
        return modality.jsonName().substring("modality.".length());
      }
    }
    return null;
  }



  private boolean contains(String words, Vocabulary vocabulary) {
    return lexicon.mentions(vocabulary, words);
  }


  private static String words(String text) {
    return Tokenizer.normalize(text);
  }

}
