package org.vapath.report.context;

import java.util.ArrayList;
import java.util.List;
import org.vapath.report.levels.Anchor;
import org.vapath.report.levels.LevelFinder;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Sentence;
import org.vapath.report.text.Token;
import org.vapath.report.text.Tokenizer;

/** Reads one sentence for context: tokens, levels, lexicon phrases, clauses and trigger scopes. */
public final class SentenceAnalyzer {
  private final Lexicon lexicon;
  private final PhraseIndex index;
  private final LevelFinder levels;

  public SentenceAnalyzer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.index = PhraseIndex.of(lexicon);
    this.levels = new LevelFinder(lexicon);
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public AnalyzedSentence analyze(Sentence sentence) {
    List<Token> tokens = Tokenizer.tokenize(sentence.text(), sentence.start());
    List<Anchor> anchors = new ArrayList<>(levels.find(sentence.text(), sentence.start()));
    boolean[] blocked = new boolean[tokens.size()];
    for (Anchor anchor : anchors) {
      for (int t = 0; t < tokens.size(); t++) {
        Token token = tokens.get(t);
        blocked[t] |= token.start() >= anchor.start() && token.end() <= anchor.end();
      }
    }
    List<Match> matches = index.find(tokens, blocked);
    for (Match match : matches) {
      Anchor.Kind kind = match.in(Vocabulary.SITES_NON_VERTEBRAL) ? Anchor.Kind.SITE
          : match.in(Vocabulary.SITES_REGIONS) ? Anchor.Kind.REGION
          : match.in(Vocabulary.REFERENCE_FORMER) ? Anchor.Kind.FORMER
          : match.in(Vocabulary.REFERENCE_LATTER) ? Anchor.Kind.LATTER
          : match.in(Vocabulary.REFERENCE_FRACTURED) ? Anchor.Kind.FRACTURED : null;
      if (kind != null) {
        anchors.add(new Anchor(kind, List.of(), tokens.get(match.from()).start(), tokens.get(match.to() - 1).end()));
      }
    }
    anchors.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new AnalyzedSentence(sentence, tokens, anchors, matches);
  }
}
