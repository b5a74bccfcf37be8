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
    String preparation = assessment.path("preparation").toString().toLowerCase(Locale.ROOT);
    expected.path("preparationMentions").forEach(word -> {
      if (!preparation.contains(word.asText().toLowerCase(Locale.ROOT))) {
        errors.add("preparation does not mention " + word.asText());
      }
    });
    return errors;
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
