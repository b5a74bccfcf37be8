package org.vapath.server.web;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vapath.core.Case;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;

/** The case form holds every field of the case format: each vignette survives the trip through the form. */
class CaseFormTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();
  private static final CaseReader READER = new CaseReader(PACK, () -> LocalDate.of(2026, 11, 24));
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CaseForm form = new CaseForm(CaseFormLayout.of(PACK));

  static Stream<Vignettes.Vignette> vignettes() {
    return Stream.of("vignettes", "hemostasis-vignettes", "vignettes-v2", "pathway-vignettes")
        .flatMap(folder -> Vignettes.in(folder).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void everyVignetteSurvivesTheTripThroughTheForm(Vignettes.Vignette v) throws Exception {
    Case original = READER.read(v.caseJson());
    Map<String, String> values = form.values(JSON.readTree(v.caseJson()));
    Case throughForm = READER.read(form.toJson(values).json());
    assertThat(throughForm).isEqualTo(original);
  }

  @Test
  void everyValueTheFormShowsIsAFieldOfTheForm() throws Exception {
    for (Vignettes.Vignette v : vignettes().toList()) {
      Map<String, String> values = form.values(JSON.readTree(v.caseJson()));
      List<String> shown = FormView.of(form.layout(), values, List.of()).stream().flatMap(s -> Stream.concat(
          s.fields().stream(), s.rows() == null ? Stream.empty() : s.rows().rows().stream()
              .flatMap(r -> r.cells().stream()))).map(FormView.FieldView::name).toList();
      assertThat(shown).as(v.name()).containsAll(values.keySet().stream()
          .filter(name -> !name.endsWith(CaseForm.RECORDED)).toList());
    }
  }

  @Test
  void blankListsAreUnknownNoneIsSaidAndContradictionsAreRefused() {
    Map<String, String> values = new HashMap<>();
    assertThat(form.toJson(values).json().has("medications")).isFalse();
    values.put("medications.recorded", "none");
    assertThat(form.toJson(values).json().get("medications").isEmpty()).isTrue();
    values.put("medications[1].name", "apixaban");
    assertThatThrownBy(() -> form.toJson(values)).isInstanceOf(InputError.class)
        .hasMessageContaining("medications.recorded").hasMessageContaining("1 are filled in");
    values.put("medications.recorded", "");
    assertThat(form.toJson(values).json().get("medications").get(0).get("name").asText()).isEqualTo("apixaban");
  }

  @Test
  void blankTristateIsUnknownAndNoIsFalse() {
    Map<String, String> values = new HashMap<>(Map.of("neuro.myelopathy", "false", "neuro.radiculopathy", ""));
    var json = form.toJson(values).json();
    assertThat(json.get("neuro").get("myelopathy").asBoolean(true)).isFalse();
    assertThat(json.get("neuro").has("radiculopathy")).isFalse();
  }

  @Test
  void anErrorNamesTheRowAsTheFormNumbersIt() {
    Map<String, String> values = new HashMap<>(Map.of("labs[2].test", "inr", "labs[2].value", "abc",
        "labs[2].date", "2026-11-20"));
    CaseForm.Filled filled = form.toJson(values);
    assertThatThrownBy(() -> READER.read(filled.json())).isInstanceOfSatisfying(InputError.class,
        e -> assertThat(filled.inForm(e).field()).isEqualTo("labs[2].value"));
  }

  @Test
  void aRowFarPastTheLastIsRefusedNamingItWithoutVisitingTheRowsBefore() {
    Map<String, String> values = new HashMap<>(Map.of("labs[2147483646].test", "platelets", "labs[0].test", "inr"));

    long start = System.nanoTime();
    assertThatThrownBy(() -> form.toJson(values)).isInstanceOf(InputError.class)
        .hasMessageStartingWith("labs[2147483646].test: is past the form's last row: a list holds at most "
            + CaseForm.MAX_ROWS + " rows");
    assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(1_000_000_000L);
    assertThat(CaseForm.rowsIn(values, "labs")).isEqualTo(1);
    assertThatThrownBy(() -> form.toJson(Map.of("imaging[99999999999999999999].modality", "ct")))
        .isInstanceOf(InputError.class).hasMessageStartingWith("imaging[99999999999999999999].modality: ");
  }

  @Test
  void everyErrorOfASubmissionIsFoundAtOnceAndNamedInWordsCountingRowsFromOne() {
    Map<String, String> values = new HashMap<>(Map.of("labs[0].test", "platelets", "labs[0].value", "210",
        "labs[1].test", "inr", "labs[1].value", "abc", "patient.ageYears", "250", "pain.nrs", "7"));

    FormCheck.Checked checked = FormCheck.check(form, READER, values);

    assertThat(checked.refused()).isTrue();
    assertThat(checked.kase()).isNull();
    assertThat(checked.errors()).extracting(InputError::field)
        .containsExactlyInAnyOrder("labs[1].value", "patient.ageYears");
    assertThat(FormView.errors(form.layout(), checked.errors())).extracting(FormView.ErrorView::words)
        .containsExactlyInAnyOrder("Lab 2, value", "Age (years)");
    assertThat(values).containsEntry("labs[1].value", "abc"); // what was sent is left as it was
  }

  @Test
  void aFormWithoutErrorsReadsToItsCase() {
    FormCheck.Checked checked = FormCheck.check(form, READER, Map.of("pain.nrs", "7"));
    assertThat(checked.errors()).isEmpty();
    assertThat(checked.kase().pain().nrs()).isEqualTo(7.0);
  }

  @Test
  void aRefusedFormComesBackWithExactlyTheRowsSent() {
    Map<String, String> values = new HashMap<>();
    for (int row = 0; row < 4; row++) {
      values.put("labs[" + row + "].value", "");
    }
    var labs = FormView.of(form.layout(), values, List.of()).stream().filter(s -> s.rows() != null
        && s.rows().name().equals("labs")).findFirst().orElseThrow().rows();
    assertThat(labs.rows()).hasSize(4);
    assertThat(FormView.of(form.layout(), Map.of(), List.of()).stream().filter(s -> s.rows() != null
        && s.rows().name().equals("labs")).findFirst().orElseThrow().rows().rows()).hasSize(3);
  }

  @Test
  void aListWithRowsFilledAndItsStatusBlankShowsAsListed() {
    var medications = FormView.of(form.layout(), Map.of("medications[0].name", "apixaban"), List.of()).stream()
        .filter(s -> "medications".equals(s.rows() == null ? null : s.rows().name())).findFirst().orElseThrow();
    assertThat(medications.status().options()).filteredOn(FormView.OptionView::selected)
        .extracting(FormView.OptionView::value).containsExactly(CaseForm.LISTED);
  }

  @Test
  void onlyTheRowsFilledInAreReadInTheirOrder() {
    CaseForm.Filled filled = form.toJson(Map.of("labs[40].test", "inr", "labs[40].value", "1.1",
        "labs[3].test", "platelets", "labs[3].value", "200"));

    assertThat(filled.json().get("labs")).extracting(l -> l.get("test").asText()).containsExactly("platelets", "inr");
    assertThat(filled.formRows().get("labs")).containsExactly(3, 40);
  }
}
