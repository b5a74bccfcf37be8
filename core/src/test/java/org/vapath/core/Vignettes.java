package org.vapath.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The clinical vignettes kept in the test resources (a copy of shared/vignettes), and the comparison
 * of an assessment with a vignette's expected file by the rules of shared/vignettes/README.md.
 */
public final class Vignettes {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Vignettes() {
  }

  /** One vignette: its name, the case as written, and what the assessment must show. */
  public record Vignette(String name, String caseJson, JsonNode expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The copy of the shared vignettes. */
  public static Path folder() {
    return folder("vignettes");
  }

  /** A folder of vignettes in the test resources, e.g. {@code vignettes} or {@code hemostasis-vignettes}. */
  public static Path folder(String name) {
    try {
      URI uri = Vignettes.class.getResource("/" + name + "/README.md").toURI();
      if (uri.getScheme().equals("jar")) {
        // Other modules read the vignettes from this module's test jar.
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // opened by an earlier call
        }
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The copy of the shared vignettes. */
  public static List<Vignette> all() {
    return in("vignettes");
  }

  public static List<Vignette> in(String folderName) {
    try (Stream<Path> files = Files.list(folder(folderName))) {
      List<Vignette> vignettes = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".case.json")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".case.json", "");
        Path expected = file.resolveSibling(name + ".expected.json");
        vignettes.add(new Vignette(name, Files.readString(file), MAPPER.readTree(Files.readString(expected))));
      }
      return vignettes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(String resource) {
    try (InputStream in = Vignettes.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The disagreements between an assessment (as JSON) and the expected file; empty when they agree. */
  public static List<String> compare(JsonNode assessment, JsonNode expected) {
    List<String> errors = new ArrayList<>();
    if (!assessment.path("decision").asText().equals(expected.get("decision").asText())) {
      errors.add("decision " + assessment.path("decision").asText() + " != " + expected.get("decision").asText());
    }
    for (String key : List.of("contraindications", "missing")) {
      Set<String> got = codes(assessment.path(key));
      Set<String> want = texts(expected.get(key));
      if (!got.equals(want)) {
        errors.add(key + " " + got + " != " + want);
      }
    }
    figures(assessment, expected, errors);
    if (expected.has("indicatedLevels")) {
      Set<String> got = new TreeSet<>();
      assessment.path("levels").forEach(l -> {
        if ("INDICATED".equals(l.path("decision").asText())) {
          got.add(l.path("level").asText());
        }
      });
      if (!got.equals(texts(expected.get("indicatedLevels")))) {
        errors.add("indicated levels " + got + " != " + expected.get("indicatedLevels"));
      }
    }
    compareVersionTwo(assessment, expected, errors);
    String preparation = assessment.path("preparation").toString().toLowerCase(Locale.ROOT);
    expected.path("preparationMentions").forEach(word -> {
      if (!preparation.contains(word.asText().toLowerCase(Locale.ROOT))) {
        errors.add("preparation does not mention " + word.asText());
      }
    });
    return errors;
  }

  /** The risk and benefit figures, when the expected file gives them. */
  private static void figures(JsonNode assessment, JsonNode expected, List<String> errors) {
    if (expected.has("complicationRatePercent")) {
      JsonNode got = assessment.path("risk").path("complicationRatePercent");
      if (!got.isNumber() || got.doubleValue() != expected.get("complicationRatePercent").doubleValue()) {
        errors.add("risk " + got + " != " + expected.get("complicationRatePercent"));
      }
    }
    if (expected.has("painReliefPercent")) {
      JsonNode got = assessment.path("expectedBenefit").path("painReliefPercent");
      JsonNode want = expected.get("painReliefPercent");
      if (!got.path("low").isNumber() || got.path("low").doubleValue() != want.get("low").doubleValue()
          || got.path("high").doubleValue() != want.get("high").doubleValue()) {
        errors.add("benefit " + got + " != " + want);
      }
    }
  }

  /** The keys of shared/vignettes-v2/README.md: cautions, follow-up, to verify, acuity, coverage, earliest dates. */
  private static void compareVersionTwo(JsonNode assessment, JsonNode expected, List<String> errors) {
    for (String key : List.of("cautions", "followUp")) {
      if (expected.has(key) && !codes(assessment.path(key)).equals(texts(expected.get(key)))) {
        errors.add(key + " " + codes(assessment.path(key)) + " != " + texts(expected.get(key)));
      }
    }
    if (expected.has("toVerifyIncludes")) {
      Set<String> lacking = new TreeSet<>(texts(expected.get("toVerifyIncludes")));
      lacking.removeAll(codes(assessment.path("toVerify")));
      if (!lacking.isEmpty()) {
        errors.add("toVerify lacks " + lacking);
      }
    }
    if (expected.has("coverageStatus")
        && !expected.get("coverageStatus").asText().equals(assessment.path("coverage").path("status").asText(null))) {
      errors.add("coverage " + assessment.path("coverage").path("status") + " != " + expected.get("coverageStatus"));
    }
    expected.path("acuity").fields().forEachRemaining(e -> same("acuity " + e.getKey(),
        find(assessment.path("levels"), "level", e.getKey()).path("acuity"), e.getValue(), errors));
    expected.path("coverageCriteria").fields().forEachRemaining(e -> same("coverage " + e.getKey(),
        find(assessment.path("coverage").path("criteria"), "code", e.getKey()).path("status"), e.getValue(), errors));
    expected.path("earliestDates").fields().forEachRemaining(e -> {
      JsonNode hold = find(assessment.path("holdPlan"), "drug", e.getKey());
      if (hold.isMissingNode()) {
        errors.add("hold plan has no " + e.getKey());
      } else {
        same("earliest date " + e.getKey(), hold.path("earliestProcedureDate"), e.getValue(), errors);
      }
    });
  }

  /** The item of {@code array} whose {@code field} is {@code value}, or a missing node. */
  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode item : array) {
      if (value.equals(item.path(field).asText())) {
        return item;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static void same(String what, JsonNode got, JsonNode want, List<String> errors) {
    if (!got.equals(want)) {
      errors.add(what + " " + got + " != " + want);
    }
  }

  private static Set<String> codes(JsonNode findings) {
    Set<String> codes = new TreeSet<>();
    findings.forEach(f -> codes.add(f.path("code").asText()));
    return codes;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new TreeSet<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }
}
