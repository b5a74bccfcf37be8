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

  private PatientSheet() {
  }

  public static byte[] render(Assessment assessment, KnowledgePack pack) {
    PatientSheet sheet = new PatientSheet();
    try {
      return sheet.write(assessment, pack);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(Assessment assessment, KnowledgePack pack) throws IOException {
    try (document) {
      newPage();
      line("Vertebral augmentation: information for you", bold, 16);
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
    for (String word : text.split(" ")) {
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

  private void newPage() throws IOException {
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** The standard fonts encode WinAnsi only: anything else becomes a plain equivalent or '?'. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < 0x7F || (c >= 0xA0 && c <= 0xFF) ? c : c == '\u2013' || c == '\u2014' ? '-' : '?');
    }
    return out.toString();
  }
}
