package org.vapath.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Numbers;
import org.vapath.core.json.CaseReader;
import org.vapath.core.json.KnowledgePackJson;

/** The form's hints say what the reader accepts: each range's ends are read, a value past either is refused. */
class FieldHintsTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final CaseReader READER = new CaseReader(PACK, () -> LocalDate.of(2026, 11, 24));
  private static final CaseForm FORM = new CaseForm(CaseFormLayout.of(PACK));

  @Test
  void everyRangeShownIsTheRangeTheReaderAccepts() {
    FieldHints hints = FieldHints.of(PACK);
    assertThat(hints.all()).containsKeys("pain.nrs", "patient.ageYears", "patient.weightKg", "function.rmdq",
        "fractures[].heightLossPercent", "fractures[].sins.total", "renal.creatinineClearanceMlMin");
    hints.all().forEach((key, range) -> {
      String field = key.replace("[]", "[0]");
      assertThat(errors(field, range.min())).as(key + " at " + range.min()).isEmpty();
      assertThat(errors(field, range.max())).as(key + " at " + range.max()).isEmpty();
      assertThat(errors(field, range.min() - 1)).as(key + " below").containsExactly(field);
      assertThat(errors(field, range.max() + 1)).as(key + " above").containsExactly(field);
      if (range.whole()) {
        assertThat(errors(field, range.min() + 0.5)).as(key + " not whole").containsExactly(field);
      }
    });
  }

  @Test
  void theLabsHintGivesThePacksRangesAndThresholds() {
    String labs = FieldHints.of(PACK).labs();
    assertThat(labs).contains("Platelet count 0\u20132000").contains("at least 50").contains("INR 0.5\u201320,")
        .contains("above 11").contains("creatinine 0.1\u201330 mg/dL, unit required");
  }

  private static java.util.List<String> errors(String field, double value) {
    return FormCheck.check(FORM, READER, Map.of(field, Numbers.plain(value))).errors().stream()
        .map(e -> e.field()).toList();
  }
}
