package org.vapath.bench;

import org.vapath.core.json.KnowledgePackJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vapath.core.Case;
import org.vapath.core.json.CaseReader;

/**
 * The vignette cases of the project's test resources, read from the folder named by the system
 * property {@code vapath.vignettes} (default: as seen from the project root).
 */
final class VignetteCases {
  private static final String FOLDER = System.getProperty("vapath.vignettes", "core/src/test/resources/vignettes");

  private VignetteCases() {
  }

  /** Each vignette case as one line of JSON. */
  static List<String> lines() {
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of(FOLDER))) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".case.json")).sorted().toList()) {
        lines.add(mapper.writeValueAsString(mapper.readTree(file.toFile())));
      }
      if (lines.isEmpty()) {
        throw new IllegalStateException("no vignette cases in " + Path.of(FOLDER).toAbsolutePath());
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the vignettes from " + FOLDER + "; run from the project root", e);
    }
  }

  static List<Case> parsed() {
    CaseReader reader = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23));
    List<Case> cases = new ArrayList<>();
    for (String line : lines()) {
      cases.add(reader.read(line));
    }
    return cases;
  }
}
