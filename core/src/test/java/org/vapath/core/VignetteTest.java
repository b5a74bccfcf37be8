package org.vapath.core;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;

/** Every clinical vignette, assessed through JSON in and JSON out as the command line does. */
class VignetteTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Engine ENGINE = Engine.withEmbeddedKnowledge();
  private static final CaseReader READER = new CaseReader(KnowledgePackJson.embedded(),
      () -> LocalDate.of(2026, 11, 23));

  static List<Vignettes.Vignette> vignettes() {
    return Vignettes.all();
  }

  static List<Vignettes.Vignette> hemostasisVignettes() {
    return Vignettes.in("hemostasis-vignettes");
  }

  static List<Vignettes.Vignette> versionTwoVignettes() {
    return Vignettes.in("vignettes-v2");
  }

  static List<Vignettes.Vignette> pathwayVignettes() {
    return Vignettes.in("pathway-vignettes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"vignettes", "hemostasisVignettes", "versionTwoVignettes", "pathwayVignettes"})
  void assessmentAgreesWithTheVignette(Vignettes.Vignette vignette) throws IOException {
    String json = AssessmentJson.compact(ENGINE.assess(READER.read(vignette.caseJson())));

    assertThat(Vignettes.compare(MAPPER.readTree(json), vignette.expected())).isEmpty();
  }

  @Test
  void theProjectKeepsAtLeastTheTwentyFourSharedVignettes() {
    assertThat(Vignettes.all()).hasSizeGreaterThanOrEqualTo(24);
  }

  @Test
  void theProjectKeepsTheTenVersionTwoVignettesAndTwentyOfItsOwn() {
    assertThat(versionTwoVignettes()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(pathwayVignettes()).hasSizeGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"vignettes", "vignettes-v2"})
  void theCopyInTheTestResourcesMatchesSharedVignettesWhenPresent(String folder) throws IOException {
    Path shared = Path.of(System.getProperty("vapath.sharedDir", "../../shared"), folder);
    if (!Files.isDirectory(shared)) {
      return; // a clone without ../shared runs the copy alone
    }
    try (Stream<Path> files = Files.list(shared)) {
      for (Path file : files.toList()) {
        Path copy = Vignettes.folder(folder).resolve(file.getFileName().toString());
        assertThat(copy).as("copy of " + file).exists();
        assertThat(Files.readString(copy)).as("copy of " + file + " has drifted").isEqualTo(Files.readString(file));
      }
    }
  }
}
