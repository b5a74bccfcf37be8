package org.vapath.server.sheet;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;

class PatientSheetTest {
  private static final KnowledgePack PACK = KnowledgePackJson.embedded();

  private static Assessment assess(String resource) {
    return Engine.withEmbeddedKnowledge().assess(new CaseReader(PACK, () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read(resource)));
  }

  private static String text(Assessment assessment) throws IOException {
    byte[] pdf = PatientSheet.render(assessment, PACK);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theSheetGivesTheFiguresOfThePackAndTheWarfarinHoldInPlainWords() throws IOException {
    String text = text(assess("/vignettes/P18-warfarin-high-inr.case.json"));

    assertThat(text).contains(PatientSheet.TITLE, "at L1", "Name: ___", "Date of birth: ___", "Case reference: P18",
        "About 90 in 100 patients", "About 3 in 100 patients", "- bleeding. - infection. - cement that leaks",
        "Stop warfarin. Take none on the 5 days before the day of the treatment.",
        "blood test (INR)", "does not take the place of that talk", "2026.12.1");
    assertThat(text).doesNotContain("pneumothorax", "embolization", "posterior element", "fluoroscopy");
  }

  @Test
  void aDrugForAStrongIndicationIsNeverToBeStoppedByThePatientAlone() throws IOException {
    String text = text(assess("/golden/EX-2.case.json"));

    assertThat(text).contains("Do NOT stop clopidogrel 75 mg on your own", "Between 70 and 97 in 100",
        "About 10 in 100", "air that leaks around a lung", "Important", "The assessment of your record is incomplete");
    assertThat(text).doesNotContain("(clopidogrel)", "pneumothorax");
  }

  @Test
  void withoutAPublishedFigureTheSheetSaysSo() throws IOException {
    String text = text(assess("/vignettes/P03-hemangioma-indicated.case.json"));

    assertThat(text).contains("No figure has been published", "No overall complication rate has been published",
        "no blood thinner that you need to stop");
  }

  @Test
  void aDrugNameWithControlCharactersOrNoSpacesOrOtherScriptsStillMakesASheet() throws IOException {
    String json = Vignettes.read("/golden/EX-2.case.json").replace("clopidogrel 75 mg",
        "clopidogrel\\t75 mg\\nline two\\u0000\\u0007 \u6c2f\u5421\u683c\u96f7 " + "x".repeat(2_000));
    Assessment assessment = Engine.withEmbeddedKnowledge().assess(new CaseReader(PACK, () -> LocalDate.of(2026, 11,
        23)).read(json));

    String text = text(assessment);

    assertThat(text).contains("Do NOT stop clopidogrel 75 mg line two", "????", "xxxxxxxxxx");
  }
}
