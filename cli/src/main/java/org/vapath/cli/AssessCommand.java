package org.vapath.cli;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vapath assess}: one case to its assessment, or a stream of cases (NDJSON) to a stream of assessments. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = {"Assess a case (JSON, see the README's case format) and print the assessment.",
        "A case without assessedOn is assessed as of today."})
final class AssessCommand implements Callable<Integer> {
  /** The output formats of one assessment. */
  enum Format { json, text }

  @ParentCommand
  private Main main;

  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  private KnowledgeOption knowledge;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The case file, or - for standard input.")
  private String input;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
      description = "json (default): the assessment contract; text: a summary for clinicians.")
  private Format format;

  @Option(names = "--ndjson",
      description = "Read one case per line and write one assessment per line, in constant memory; a line that"
          + " is refused becomes an error line, and the run goes on.")
  private boolean ndjson;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on standard error while streaming (default: when standard error is a terminal).")
  private Boolean progress;

  @Override
  public Integer call() throws Exception {
    KnowledgePack pack = knowledge.pack();
    Engine engine = new Engine(pack);
    CaseReader reader = new CaseReader(pack, LocalDate::now);
    try (InputStream in = CaseSource.open(input, main.in())) {
      if (ndjson) {
        if (format == Format.text) {
          throw new InputError("--format", "text", "is for one case; --ndjson writes JSON lines");
        }
        NdjsonStream stream = new NdjsonStream(reader, engine, spec.commandLine().getErr(),
            progress == null ? Terminal.isStandardError() : progress);
        spec.commandLine().getOut().flush();
        return stream.run(in, main.out());
      }
      Assessment assessment = engine.assess(reader.read(in));
      spec.commandLine().getOut().println(format == Format.text ? TextReport.render(assessment, pack)
          : AssessmentJson.pretty(assessment));
      return 0;
    }
  }
}
