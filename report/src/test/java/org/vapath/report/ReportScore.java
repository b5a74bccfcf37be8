package org.vapath.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores the reader against a folder of annotated reports exactly as shared/tools/score-reports
 * does: facts are (report, level, key, value); micro precision and recall over all of them; a
 * critical error is a {@code true} where the annotation says false or "uncertain", or a definite
 * etiology where it says "uncertain".
 */
final class ReportScore {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private final List<String> critical = new ArrayList<>();
  private final List<String> differences = new ArrayList<>();

  private ReportScore() {
  }

  /** A folder of the test resources, e.g. {@code spine-reports}. */
  static Path folder(String name) {
    try {
      return Path.of(Objects.requireNonNull(ReportScore.class.getResource("/" + name)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> reports(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode expected(Path report) {
    try {
      return MAPPER.readTree(report.resolveSibling(report.getFileName().toString().replace(".txt",
          ".expected.json")).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReportScore of(Path folder, ReportReader reader) {
    ReportScore score = new ReportScore();
    for (Path report : reports(folder)) {
      try {
        JsonNode got = MAPPER.readTree(ReportJson.write(reader.read(Files.readString(report))));
        score.add(report.getFileName().toString(), facts(expected(report)), facts(got));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return score;
  }

  /** The (level, key) facts of a reading or annotation, with their JSON values. */
  static Map<String, JsonNode> facts(JsonNode doc) {
    Map<String, JsonNode> facts = new HashMap<>();
    for (JsonNode entry : doc.path("levels")) {
      for (FactKey key : FactKey.values()) {
        JsonNode value = entry.get(key.jsonName());
        if (value != null && !value.isNull()) {
          facts.put(entry.get("level").asText() + " " + key.jsonName(), value);
        }
      }
    }
    return facts;
  }

  private void add(String report, Map<String, JsonNode> want, Map<String, JsonNode> got) {
    got.forEach((fact, value) -> {
      JsonNode wanted = want.get(fact);
      if (value.equals(wanted)) {
        truePositives++;
        return;
      }
      falsePositives++;
      differences.add(report + " " + fact + ": read " + value + ", annotated " + wanted);
      boolean hedgedOrNegated = wanted != null && (wanted.isBoolean() && !wanted.asBoolean()
          || "uncertain".equals(wanted.asText()));
      if (value.isBoolean() && value.asBoolean() && hedgedOrNegated
          || fact.endsWith("etiology") && wanted != null && "uncertain".equals(wanted.asText())) {
        critical.add(report + " " + fact + ": read " + value + ", annotated " + wanted);
      }
    });
    want.forEach((fact, value) -> {
      if (!value.equals(got.get(fact))) {
        falseNegatives++;
        if (!got.containsKey(fact)) {
          differences.add(report + " " + fact + ": not read, annotated " + value);
        }
      }
    });
  }

  double precision() {
    return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
  }

  double recall() {
    return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
  }

  double microF1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  List<String> criticalErrors() {
    return critical;
  }

  /** Every fact read differently from the annotation, for the failure message. */
  List<String> differences() {
    return differences;
  }

  @Override
  public String toString() {
    return String.format("micro precision %.3f recall %.3f F1 %.3f; critical errors %d%n%s", precision(), recall(),
        microF1(), critical.size(), String.join("\n", differences));
  }
}
