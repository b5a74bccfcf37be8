package org.vapath.screen;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed Synthea sample screens cleanly: every patient assessed, the fractures found, the work-up named. */
class SyntheaSampleTest {
  /** The day the sample was generated: its labs and pain scores are dated from it. */
  private static final LocalDate GENERATED = LocalDate.of(2026, 11, 25);

  @TempDir
  Path dir;

  @Test
  void theSyntheaSampleScreensWithoutAnErrorAndFindsItsFractures() throws URISyntaxException {
    Path sample = Path.of(getClass().getResource("/synthea-sample/Patient.ndjson.gz").toURI()).getParent();
    ScreenSummary summary;
    try (ResultFiles out = ResultFiles.in(dir.resolve("out"))) {
      summary = new Screener(KnowledgePackJson.embedded(), GENERATED, 1 << 20, 2, ScreenListener.SILENT)
          .screen(BulkExport.in(sample), out, dir.resolve("work"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(summary.patients()).isEqualTo(150);
    assertThat(summary.malformedLines()).isZero();
    assertThat(summary.failedPatients()).isZero();
    assertThat(summary.byDecision().get("NOT_INDICATED")).isLessThan(150);
    assertThat(summary.byDecision().keySet()).contains("INCOMPLETE", "CONTRAINDICATED");
    assertThat(summary.byMissing()).containsKeys("INR", "PLATELET_COUNT", "PAIN_STATUS");
    assertThat(summary.byWorkup()).containsKey("ORDER_INR");
  }
}
