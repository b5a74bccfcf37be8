package org.vapath.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.CaseReader;
import org.vapath.server.sheet.PatientSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vapath sheet}: the patient information sheet (PDF) of a case, for the consent discussion. */
@Command(name = "sheet", mixinStandardHelpOptions = true,
    description = "Write the patient information sheet of a case as a PDF: the procedure, its benefit and risk in"
        + " the knowledge pack's figures, and what to do before it, in plain words.")
final class SheetCommand implements Callable<Integer> {
  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  private KnowledgeOption knowledge;

  @Mixin
  private CaseInput input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "PDF", description = "Where to write the PDF.")
  private Path output;

  @Override
  public Integer call() throws Exception {
    KnowledgePack pack = knowledge.pack();
    try (InputStream in = input.open()) {
      byte[] pdf = PatientSheet.render(new Engine(pack).assess(new CaseReader(pack, CaseSource::today).read(in)), pack);
      Files.write(output, pdf);
    }
    spec.commandLine().getErr().println("vapath: patient information sheet written to " + output);
    return 0;
  }
}
