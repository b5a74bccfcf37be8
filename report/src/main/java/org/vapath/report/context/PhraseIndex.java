package org.vapath.report.context;

import java.util.ArrayList;
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
  private final Node root;

  private record Phrase(String text, Set<Vocabulary> lists) {
  }

  /** A node of the word trie: the phrase that ends here, if any, and the words that continue it. */
  private static final class Node {
    private final Map<String, Node> next = new HashMap<>();
    private Phrase phrase;
  }

  private PhraseIndex(Node root) {
    this.root = root;
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
        phrases.computeIfAbsent(words, f -> new Phrase(term, EnumSet.noneOf(Vocabulary.class))).lists().add(vocabulary);
        for (List<String> plural : plurals(words)) {
          plurals.computeIfAbsent(plural, f -> new Phrase(term,
              EnumSet.noneOf(Vocabulary.class))).lists().add(vocabulary);
        }
      }
    }
    // A plural never overrides a phrase listed as such ("suggests" is a hedge, not the plural of "suggest").
    plurals.forEach(phrases::putIfAbsent);
    Node root = new Node();
    phrases.forEach((words, phrase) -> {
      Node node = root;
      for (String word : words) {
        node = node.next.computeIfAbsent(word, w -> new Node());
      }
      node.phrase = new Phrase(phrase.text(), Set.copyOf(phrase.lists()));
    });
    return new PhraseIndex(root);
  }

  /** The phrases of {@code tokens}, skipping tokens marked in {@code blocked} (the level mentions). */
  public List<Match> find(List<Token> tokens, boolean[] blocked) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int to = i;
      Phrase longest = null;
      Node node = root;
      for (int k = i; k < tokens.size() && !blocked[k]; k++) {
        node = node.next.get(tokens.get(k).text());
        if (node == null) {
          break;
        }
        if (node.phrase != null) {
          longest = node.phrase;
          to = k + 1;
        }
      }
      if (longest == null) {
        i++;
      } else {
        matches.add(new Match(i, to, longest.text(), longest.lists()));
        i = to;
      }
    }
    return matches;
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
