package org.vapath.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vapath.core.Case;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.CaseReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vapath validate}: checks that a case (or every line of an NDJSON file) is valid input, without assessing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a case against the case format; exit 0 when valid, 2 with the field and value when not.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  private KnowledgeOption knowledge;

  @Mixin
  private CaseInput input;

  @Option(names = "--ndjson", description = "Check one case per line; report every invalid line.")
  private boolean ndjson;

  @Override
  public Integer call() throws Exception {
    KnowledgePack pack = knowledge.pack();
    CaseReader reader = new CaseReader(pack, CaseSource::today);
    PrintWriter out = spec.commandLine().getOut();
    try (InputStream in = input.open()) {
      if (!ndjson) {
        Case kase = reader.read(in);
        out.println("valid: case " + (kase.caseId() == null ? "(no caseId)" : kase.caseId()));
        return 0;
      }
      return lines(reader, in, out);
    }
  }

  private int lines(CaseReader reader, InputStream in, PrintWriter out) throws java.io.IOException {
    BoundedLines lines = new BoundedLines(in);
    long number = 0;
    long valid = 0;
    long invalid = 0;
    for (String line = lines.next(); line != null; line = lines.next()) {
      number++;
      if (line.isBlank() && !lines.tooLong()) {
        continue;
      }
      try {
        if (lines.tooLong()) {
          throw NdjsonStream.tooLong();
        }
        reader.read(line);
        valid++;
      } catch (InputError e) {
        invalid++;
        spec.commandLine().getErr().println("vapath: line " + number + ": " + e.getMessage());
      }
    }
    out.println(valid + " valid, " + invalid + " invalid");
    return invalid == 0 ? 0 : Main.BAD_INPUT;
  }
}
