package org.vapath.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vapath.core.Assessment;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.text.PlainWords;

/**
 * How today's knowledge pack would assess a stored case, shown only when it decides differently
 * from what was stored: its decision and what it adds or drops, list by list, in words.
 */
final class TodaysView {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> LISTS = List.of("contraindications", "missing", "preparation", "workup",
      "toVerify", "indications");

  private TodaysView() {
  }

  /** Today's assessment in words. */
  record Today(String knowledgeVersion, String decision, String decisionWords, String decisionBasis,
      List<String> changes) {
  }

  static Optional<Today> of(JsonNode stored, Assessment today) {
    JsonNode now = tree(AssessmentJson.compact(today));
    if (withoutVersion(now).equals(withoutVersion(stored))) {
      return Optional.empty();
    }
    List<String> changes = new ArrayList<>();
    for (String list : LISTS) {
      Set<String> before = codes(stored.path(list));
      Set<String> after = codes(now.path(list));
      String words = PlainWords.words(list.equals("toVerify") ? "to_verify" : list);
      after.stream().filter(c -> !before.contains(c)).forEach(c -> changes.add("Adds to " + words + ": " + c));
      before.stream().filter(c -> !after.contains(c)).forEach(c -> changes.add("Drops from " + words + ": " + c));
    }
    if (changes.isEmpty() && stored.path("decision").equals(now.path("decision"))) {
      changes.add("Same decision and findings; a basis, a figure or the hold plan reads differently.");
    }
    String decision = today.decision().name();
    return Optional.of(new Today(today.knowledgeVersion(), decision,
        PlainWords.capitalised(PlainWords.words(decision)), today.decisionBasis(), changes));
  }

  /** Each finding of a list as "label (level)". */
  private static Set<String> codes(JsonNode findings) {
    Set<String> codes = new LinkedHashSet<>();
    for (JsonNode f : findings) {
      String level = f.path("level").asText("");
      codes.add(PlainWords.finding(f.path("code").asText()) + (level.isEmpty() ? "" : " (" + level + ")"));
    }
    return codes;
  }

  private static JsonNode withoutVersion(JsonNode assessment) {
    ObjectNode copy = assessment.deepCopy();
    copy.remove("knowledgeVersion");
    return copy;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
