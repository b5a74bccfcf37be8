package org.vapath.server.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.vapath.core.Assessment;
import org.vapath.core.KnowledgePack;

/** The patient information sheet as a PDF (Apache PDFBox): the plain words of {@link SheetText}, laid out on A4. */
public final class PatientSheet {
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BODY = 11;
  private static final float HEADING = 13;

  private final PDDocument document = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream page;
  private float y;

  /** The sheet's title, in the words of the sheet. */
  public static final String TITLE = "Bone cement for a broken bone in your spine: information for you";

  private PatientSheet() {
  }

  /** The sheet of an assessment just made. */
  public static byte[] render(Assessment assessment, KnowledgePack pack) {
    return render(SheetFacts.of(assessment), pack);
  }

  /** The sheet of an assessment's facts, e.g. as the registry stored it ({@link SheetFacts#stored}). */
  public static byte[] render(SheetFacts facts, KnowledgePack pack) {
    PatientSheet sheet = new PatientSheet();
    try {
      return sheet.write(facts, pack);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(SheetFacts assessment, KnowledgePack pack) throws IOException {
    try (document) {
      newPage();
      line(TITLE, bold, 16);
      y -= 8;
      for (SheetText.Section section : SheetText.of(assessment, pack)) {
        y -= 6;
        paragraph(section.heading(), bold, HEADING);
        for (String paragraph : section.paragraphs()) {
          paragraph(paragraph, regular, BODY);
          y -= 4;
        }
      }
      page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private void paragraph(String text, PDType1Font font, float size) throws IOException {
    for (String line : wrap(printable(text), font, size)) {
      line(line, font, size);
    }
  }

  private void line(String text, PDType1Font font, float size) throws IOException {
    if (y < MARGIN + size) {
      page.close();
      newPage();
    }
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(MARGIN, y);
    page.showText(text);
    page.endText();
    y -= size * 1.4f;
  }

  private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words(text, font, size)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > WIDTH && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** The words of a text; one wider than the page (a drug name with no space) cut to fit, so that none runs off. */
  private static List<String> words(String text, PDType1Font font, float size) throws IOException {
    List<String> words = new ArrayList<>();
    for (String word : text.split(" ")) {
      while (word.length() > 1 && font.getStringWidth(word) / 1000 * size > WIDTH) {
        int fits = word.length() / 2;
        while (fits > 1 && font.getStringWidth(word.substring(0, fits)) / 1000 * size > WIDTH) {
          fits /= 2;
        }
        words.add(word.substring(0, fits));
        word = word.substring(fits);
      }
      words.add(word);
    }
    return words;
  }

  private void newPage() throws IOException {
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /**
   * The standard fonts encode WinAnsi only, and have no glyph for control characters (a tab, a line
   * break, a NUL in a drug's name): those become spaces, and anything else outside WinAnsi a plain
   * equivalent or '?'.
   */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c < 0xA0);
      out.append(control ? ' ' : c < 0x7F || c >= 0xA0 && c <= 0xFF ? c : c == '\u2013' || c == '\u2014' ? '-' : '?');
    }
    return out.toString();
  }
}
