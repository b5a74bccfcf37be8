package org.vapath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.core.testing.Mutations;
import org.vapath.fhir.CaseToFhir;
import org.vapath.fhir.FhirJson;

/**
 * {@code vapath assess} and {@code vapath assess --fhir} over mutated vignettes, in process: each
 * run ends with exit 0 (and an assessment) or 2 (and one line saying what was refused), never 1,
 * never a stack trace. Seeded: {@code -Dvapath.fuzz.seed=N} replays a run, {@code -Dvapath.fuzz.cases=N}
 * makes it longer.
 */
class AssessFuzzTest {
  private static final long SEED = Long.getLong("vapath.fuzz.seed", 20_261_130L);
  private static final int CASES = Integer.getInteger("vapath.fuzz.cases", 1_500);
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int exit, String out, String err) {
  }

  private static Run assess(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new ByteArrayInputStream(input), out, new PrintWriter(err, true));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  private static List<String> cases() {
    return Stream.concat(Vignettes.all().stream(), Vignettes.in("hemostasis-vignettes").stream())
        .map(Vignettes.Vignette::caseJson).toList();
  }

  private static List<String> bundles() {
    CaseReader reader = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23));
    return Vignettes.all().stream().map(v -> FhirJson.context().newJsonParser().encodeResourceToString(
        CaseToFhir.of(reader.read(v.caseJson())))).toList();
  }

  @Test
  void mutatedCasesAreAssessedOrRefusedInOneLine() {
    List<String> failures = fuzz(cases(), false);

    assertThat(failures).isEmpty();
  }

  @Test
  void mutatedFhirBundlesAreAssessedOrRefusedInOneLine() {
    List<String> failures = fuzz(bundles(), true);

    assertThat(failures).isEmpty();
  }

  private static List<String> fuzz(List<String> seeds, boolean fhir) {
    Random random = new Random(SEED + (fhir ? 1 : 0));
    Mutations mutations = new Mutations(random);
    List<String> failures = new ArrayList<>();
    int[] exits = new int[3];
    for (int i = 0; i < CASES && failures.size() < 10; i++) {
      byte[] input = random.nextInt(20) == 0 ? mutations.noise()
          : mutations.document(seeds.get(random.nextInt(seeds.size())));
      String[] args = fhir ? new String[] {"assess", "--fhir", "-", "--today", "2026-11-23"}
          : random.nextBoolean() ? new String[] {"assess", "-"} : new String[] {"assess", "-", "--format", "text"};
      Run run = assess(input, args);
      String problem = problem(run, fhir);
      if (problem != null) {
        failures.add("case " + i + " (seed " + SEED + "): " + problem + "\n  input: "
            + new String(input, 0, Math.min(400, input.length), StandardCharsets.UTF_8));
      }
      exits[Math.min(run.exit(), 2)]++;
    }
    // The mutations reach past the reader: some cases are still assessed, most are refused.
    assertThat(exits[0]).as("assessed").isPositive();
    assertThat(exits[2]).as("refused").isPositive();
    return failures;
  }

  private static String problem(Run run, boolean fhir) {
    if (run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("internal error")) {
      return "exit " + run.exit() + ", a trace or an internal error: " + run.err();
    }
    List<String> lines = run.err().lines().toList();
    if (run.exit() == 2) {
      // With --fhir, what was left unread is said before; the refusal itself is one line.
      List<String> refusal = lines.stream().filter(l -> !l.startsWith("vapath: not read, left out: ")).toList();
      return refusal.size() == 1 && refusal.get(0).startsWith("vapath: ") ? null : "refused in " + refusal.size()
          + " lines: " + run.err();
    }
    if (run.exit() != 0) {
      return "exit " + run.exit() + ": " + run.err();
    }
    if (lines.stream().anyMatch(l -> !l.startsWith("vapath: not read, left out: "))) {
      return "assessed, but standard error says: " + run.err();
    }
    return fhir || run.out().startsWith("{") && parses(run.out()) || !run.out().isBlank() ? null
        : "assessed, but the output is not an assessment: " + run.out();
  }

  private static boolean parses(String json) {
    try {
      return JSON.readTree(json).has("decision");
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
