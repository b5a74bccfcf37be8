package org.vapath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vapath.core.InputError;
import org.vapath.report.ReportJson;
import org.vapath.report.ReportReader;
import org.vapath.report.ReportReading;
import org.vapath.report.ReportText;
import org.vapath.report.lexicon.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vapath report}: reads a spine imaging report's text into per-level facts, each with its sentence. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Read a spine imaging report (plain text) into per-level facts: fracture, acuity, edema, height"
        + " loss, Genant grade, retropulsion, canal compromise, posterior wall, etiology, cement; each with the"
        + " sentence it was read from. A hedged fact is \"uncertain\", never true.")
final class ReportCommand implements Callable<Integer> {
  /** Reports are short; a bigger file is not a report. */
  private static final int MAX_BYTES = 4 * ReportReader.MAX_CHARS;

  /** How the reading is printed. */
  enum Format { json, text }

  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The report's text, or - for standard input.")
  private String name;

  @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
      description = "json (default): the facts per level with their evidence; text: the report with each fact's"
          + " sentence marked.")
  private Format format;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "An institution's words (JSON) added to the lexicon's lists; see docs/report-reading.md.")
  private Path lexicon;

  @Override
  public Integer call() throws IOException {
    Lexicon words = lexicon == null ? Lexicon.embedded() : Lexicon.embedded().withAdditions(lexicon);
    String text = text();
    ReportReading reading = new ReportReader(words).read(text);
    spec.commandLine().getOut().println(format == Format.text ? ReportText.render(text, reading)
        : ReportJson.write(reading));
    return 0;
  }

  /** The report as UTF-8 text; anything else is refused naming the file. */
  private String text() throws IOException {
    Main main = (Main) spec.parent().userObject();
    byte[] bytes;
    try (InputStream in = CaseSource.open(name, main.in())) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    String source = "-".equals(name) ? "standard input" : name;
    if (bytes.length > MAX_BYTES) {
      throw new InputError("report", source, "is larger than " + MAX_BYTES + " bytes: a report is a few pages of text");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputError("report", source, "is not plain text: it holds NUL bytes, as a binary file does");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputError("report", source, "is not UTF-8 text: a binary file, or text in another encoding");
    }
    if (text.isBlank()) {
      throw new InputError("report", source, "is empty: there is no text to read");
    }
    return text;
  }
}
