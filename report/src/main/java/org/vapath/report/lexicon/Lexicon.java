package org.vapath.report.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.KnowledgeError;
import org.vapath.report.text.Tokenizer;

/**
 * The words the report reader looks for, as data: named lists of phrases (triggers, terminations,
 * pseudo-triggers, hedges, synonyms of each fact, level words, section headings) and tables of
 * words with a value. The embedded lexicon is {@code report-lexicon.json}; an institution adds
 * words to its lists with a file of its own ({@link #withAdditions(Path)}), never removes any.
 */
public final class Lexicon {
  private static final String RESOURCE = "/org/vapath/report/report-lexicon.json";
  private static final Lexicon EMBEDDED = loadEmbedded();

  private final String version;
  private final String additions;
  private final Map<Vocabulary, List<String>> lists;
  private final Map<Table, Map<String, String>> tables;
  private final Map<Vocabulary, Set<String>> words;
  private final Map<Vocabulary, List<String>> phrases;

  Lexicon(String version, String additions, Map<Vocabulary, List<String>> lists, Map<Table, Map<String,
      String>> tables) {
    this.version = version;
    this.additions = additions;
    this.lists = Map.copyOf(new EnumMap<>(lists));
    Map<Table, Map<String, String>> copied = new EnumMap<>(Table.class);
    tables.forEach((table, values) -> copied.put(table,
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    this.tables = Map.copyOf(copied);
    Map<Vocabulary, Set<String>> single = new EnumMap<>(Vocabulary.class);
    Map<Vocabulary, List<String>> normalized = new EnumMap<>(Vocabulary.class);
    lists.forEach((vocabulary, terms) -> {
      single.put(vocabulary, Set.copyOf(new HashSet<>(terms)));
      normalized.put(vocabulary, terms.stream().map(t -> String.join(" ", Tokenizer.words(t))).distinct().toList());
    });
    this.words = Map.copyOf(single);
    this.phrases = Map.copyOf(normalized);
  }

  /** The lexicon shipped with VAPath. */
  public static Lexicon embedded() {
    return EMBEDDED;
  }

  /** This lexicon with an institution's words added from a file, or a {@link KnowledgeError} naming the problem. */
  public Lexicon withAdditions(Path file) {
    String json;
    try {
      json = Files.readString(file);
    } catch (IOException e) {
      throw new KnowledgeError("lexicon additions " + file + ": cannot read the file (" + e.getMessage() + ")", e);
    }
    return LexiconReader.addTo(this, json, file.toString());
  }

  /** This lexicon with an institution's words added from JSON text; {@code origin} names it in messages. */
  public Lexicon withAdditions(String json, String origin) {
    return LexiconReader.addTo(this, json, origin);
  }

  /** The lexicon's version, e.g. {@code 2026.11.0}. */
  public String version() {
    return version;
  }

  /** Who added words (the additions file's {@code institution}), or {@code null} for the lexicon as shipped. */
  public String additions() {
    return additions;
  }

  /** A list's phrases as written (lower case). */
  public List<String> terms(Vocabulary vocabulary) {
    return lists.get(vocabulary);
  }

  /** Whether one word or phrase is in a list, for lists that are read word by word. */
  public boolean has(Vocabulary vocabulary, String word) {
    return words.get(vocabulary).contains(word);
  }

  /** A list's phrases as their words joined by single spaces ("edema-like" is "edema like"), as text is compared. */
  public List<String> phrases(Vocabulary vocabulary) {
    return phrases.get(vocabulary);
  }

  /** Whether the words of a text, joined by single spaces, hold a phrase of the list as whole words. */
  public boolean mentions(Vocabulary vocabulary, String words) {
    String padded = " " + words + " ";
    for (String phrase : phrases.get(vocabulary)) {
      if (padded.contains(" " + phrase + " ")) {
        return true;
      }
    }
    return false;
  }

  /** A table's entries, e.g. "one third" to "33". */
  public Map<String, String> table(Table table) {
    return tables.get(table);
  }

  Map<Vocabulary, List<String>> lists() {
    return lists;
  }

  Map<Table, Map<String, String>> tables() {
    return tables;
  }

  private static Lexicon loadEmbedded() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the embedded report lexicon " + RESOURCE + " is missing");
      }
      return LexiconReader.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
