package org.vapath.report.lexicon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vapath.core.KnowledgeError;
import org.vapath.report.text.Tokenizer;

/** Reads and checks the lexicon file and an institution's additions; every refusal names the file,
    the list and the word. */
final class LexiconReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_TERM = 80;

  private LexiconReader() {
  }

  static Lexicon read(String json, String origin) {
    JsonNode root = parse(json, origin);
    Set<String> sources = fieldNames(object(root.get("sources"), "sources", origin));
    JsonNode lists = object(root.get("lists"), "lists", origin);
    Map<Vocabulary, List<String>> terms = new EnumMap<>(Vocabulary.class);
    for (Map.Entry<String, JsonNode> entry : fields(lists)) {
      Vocabulary vocabulary = vocabulary(entry.getKey(), origin);
      JsonNode list = object(entry.getValue(), "lists." + entry.getKey(), origin);
      checkSource(list, "lists." + entry.getKey(), sources, origin);
      terms.put(vocabulary, termList(list.get("terms"), "lists." + entry.getKey() + ".terms", origin));
    }
    for (Vocabulary vocabulary : Vocabulary.values()) {
      if (!terms.containsKey(vocabulary)) {
        throw error(origin, "lists." + vocabulary.jsonName(), "the list is missing");
      }
    }
    Map<Table, Map<String, String>> tables = new EnumMap<>(Table.class);
    for (Map.Entry<String, JsonNode> entry : fields(object(root.get("maps"), "maps", origin))) {
      Table table = table(entry.getKey(), origin);
      JsonNode map = object(entry.getValue(), "maps." + entry.getKey(), origin);
      checkSource(map, "maps." + entry.getKey(), sources, origin);
      tables.put(table, tableValues(table, map.get("values"), "maps." + entry.getKey() + ".values", origin));
    }
    for (Table table : Table.values()) {
      if (!tables.containsKey(table)) {
        throw error(origin, "maps." + table.jsonName(), "the table is missing");
      }
    }
    return new Lexicon(text(root.get("version"), "version", origin), null, terms, tables);
  }

  static Lexicon addTo(Lexicon base, String json, String origin) {
    JsonNode root = parse(json, origin);
    for (String field : fieldNames(root)) {
      if (!Set.of("institution", "lists", "maps").contains(field)) {
        throw error(origin, field, "unknown field; an additions file has \"institution\", \"lists\" and \"maps\"");
      }
    }
    String institution = text(root.get("institution"), "institution", origin);
    Map<Vocabulary, List<String>> lists = new EnumMap<>(base.lists());
    if (root.has("lists")) {
      for (Map.Entry<String, JsonNode> entry : fields(object(root.get("lists"), "lists", origin))) {
        Vocabulary vocabulary = vocabulary(entry.getKey(), origin);
        List<String> merged = new ArrayList<>(lists.get(vocabulary));
        for (String term : termList(entry.getValue(), "lists." + entry.getKey(), origin)) {
          if (!merged.contains(term)) {
            merged.add(term);
          }
        }
        lists.put(vocabulary, merged);
      }
    }
    Map<Table, Map<String, String>> tables = new EnumMap<>(base.tables());
    if (root.has("maps")) {
      for (Map.Entry<String, JsonNode> entry : fields(object(root.get("maps"), "maps", origin))) {
        Table table = table(entry.getKey(), origin);
        Map<String, String> merged = new LinkedHashMap<>(tables.get(table));
        merged.putAll(tableValues(table, entry.getValue(), "maps." + entry.getKey(), origin));
        tables.put(table, merged);
      }
    }
    return new Lexicon(base.version(), institution, lists, tables);
  }

  private static List<String> termList(JsonNode node, String path, String origin) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw error(origin, path, "must be a non-empty list of words or phrases");
    }
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      terms.add(term(node.get(i), path + "[" + i + "]", origin));
    }
    return terms;
  }

  private static String term(JsonNode node, String path, String origin) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw error(origin, path, "must be a word or phrase (got " + node + ")");
    }
    String term = node.asText().strip().toLowerCase(Locale.ROOT);
    if (term.length() > MAX_TERM) {
      throw error(origin, path, "is longer than " + MAX_TERM + " characters (got \"" + term + "\")");
    }
    if (Tokenizer.words(term).isEmpty()) {
      throw error(origin, path, "has no word to look for (got \"" + term + "\")");
    }
    return term;
  }

  private static Map<String, String> tableValues(Table table, JsonNode node, String path, String origin) {
    JsonNode values = object(node, path, origin);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : fields(values)) {
      String key = term(MAPPER.getNodeFactory().textNode(entry.getKey()), path, origin);
      out.put(key, tableValue(table, entry.getValue(), path + "." + entry.getKey(), origin));
    }
    return out;
  }

  private static String tableValue(Table table, JsonNode value, String path, String origin) {
    if (table.holdsLetters()) {
      if (value.isTextual() && Set.of("C", "T", "L", "S").contains(value.asText())) {
        return value.asText();
      }
      throw error(origin, path, "must be one of \"C\", \"T\", \"L\", \"S\" (got " + value + ")");
    }
    if (value.isInt() && value.asInt() >= table.min() && value.asInt() <= table.max()) {
      return value.asText();
    }
    throw error(origin, path, "must be a whole number from " + table.min() + " to " + table.max() + " (got "
        + value + ")");
  }

  private static void checkSource(JsonNode list, String path, Set<String> sources, String origin) {
    String source = text(list.get("source"), path + ".source", origin);
    if (!sources.contains(source)) {
      throw error(origin, path + ".source", "names no source of the lexicon (got \"" + source + "\")");
    }
    text(list.get("note"), path + ".note", origin);
  }

  private static Vocabulary vocabulary(String name, String origin) {
    return Vocabulary.byName(name).orElseThrow(() -> error(origin, "lists." + name,
        "unknown list; the lists are " + Arrays.stream(Vocabulary.values()).map(Vocabulary::jsonName)
            .collect(Collectors.joining(", "))));
  }

  private static Table table(String name, String origin) {
    return Table.byName(name).orElseThrow(() -> error(origin, "maps." + name,
        "unknown table; the tables are " + Arrays.stream(Table.values()).map(Table::jsonName)
            .collect(Collectors.joining(", "))));
  }

  private static JsonNode parse(String json, String origin) {
    try {
      JsonNode root = MAPPER.readTree(json);
      return object(root, "(document)", origin);
    } catch (JsonProcessingException e) {
      throw new KnowledgeError("lexicon " + origin + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  private static JsonNode object(JsonNode node, String path, String origin) {
    if (node == null || !node.isObject()) {
      throw error(origin, path, "must be a JSON object");
    }
    return node;
  }

  private static String text(JsonNode node, String path, String origin) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw error(origin, path, "must be a non-empty text");
    }
    return node.asText();
  }

  private static Set<String> fieldNames(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static Set<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node.properties();
  }

  private static KnowledgeError error(String origin, String path, String problem) {
    return new KnowledgeError("lexicon " + origin + ": " + path + " " + problem);
  }
}
