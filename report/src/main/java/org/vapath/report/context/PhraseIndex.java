package org.vapath.report.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Token;
import org.vapath.report.text.Tokenizer;

/**
 * Finds the lexicon's phrases in a sentence's tokens, left to right, the longest phrase first at
 * each token (so that "cannot be excluded" is one hedge, not a negation, and "no interval change
 * in" is a pseudo-trigger). The last word of a phrase also matches its plural.
 */
public final class PhraseIndex {
  private final Map<String, List<Phrase>> byFirstWord;

  private record Phrase(List<String> words, String text, Set<Vocabulary> lists) {
  }

  private PhraseIndex(Map<String, List<Phrase>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /** The index of the lists looked for in sentences ({@link Vocabulary#inSentences()}). */
  public static PhraseIndex of(Lexicon lexicon) {
    Map<List<String>, Phrase> phrases = new LinkedHashMap<>();
    Map<List<String>, Phrase> plurals = new LinkedHashMap<>();
    for (Vocabulary vocabulary : Vocabulary.values()) {
      if (!vocabulary.inSentences()) {
        continue;
      }
      for (String term : lexicon.terms(vocabulary)) {
        List<String> words = Tokenizer.words(term);
        phrases.computeIfAbsent(words, f -> new Phrase(f, term,
            EnumSet.noneOf(Vocabulary.class))).lists().add(vocabulary);
        for (List<String> plural : plurals(words)) {
          plurals.computeIfAbsent(plural, f -> new Phrase(f, term,
              EnumSet.noneOf(Vocabulary.class))).lists().add(vocabulary);
        }
      }
    }
    // A plural never overrides a phrase listed as such ("suggests" is a hedge, not the plural of "suggest").
    plurals.forEach(phrases::putIfAbsent);
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Phrase phrase : phrases.values()) {
      index.computeIfAbsent(phrase.words().get(0), w -> new ArrayList<>()).add(phrase);
    }
    index.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed()));
    return new PhraseIndex(index);
  }

  /** The phrases of {@code tokens}, skipping tokens marked in {@code blocked} (the level mentions). */
  public List<Match> find(List<Token> tokens, boolean[] blocked) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Phrase phrase = blocked[i] ? null : longestAt(tokens, blocked, i);
      if (phrase == null) {
        i++;
      } else {
        int to = i + phrase.words().size();
        matches.add(new Match(i, to, phrase.text(), phrase.lists()));
        i = to;
      }
    }
    return matches;
  }

  private Phrase longestAt(List<Token> tokens, boolean[] blocked, int at) {
    List<Phrase> candidates = byFirstWord.get(tokens.get(at).text());
    if (candidates == null) {
      return null;
    }
    for (Phrase phrase : candidates) {
      if (matchesAt(phrase.words(), tokens, blocked, at)) {
        return phrase;
      }
    }
    return null;
  }

  private static boolean matchesAt(List<String> words, List<Token> tokens, boolean[] blocked, int at) {
    if (at + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (blocked[at + k] || !words.get(k).equals(tokens.get(at + k).text())) {
        return false;
      }
    }
    return true;
  }

  /** The plurals of a phrase's last word (deformities, fractures). */
  private static List<List<String>> plurals(List<String> words) {
    String last = words.get(words.size() - 1);
    List<List<String>> forms = new ArrayList<>();
    if (last.length() > 2 && Character.isLetter(last.charAt(last.length() - 1))) {
      List<String> plurals = new ArrayList<>(List.of(last + "s", last + "es"));
      if (last.endsWith("y")) {
        plurals.add(last.substring(0, last.length() - 1) + "ies");
      }
      for (String plural : plurals) {
        List<String> form = new ArrayList<>(words);
        form.set(form.size() - 1, plural);
        forms.add(form);
      }
    }
    return forms;
  }
}
