package org.vapath.cli;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseJson;
import org.vapath.core.json.CaseReader;
import org.vapath.core.model.RecordIssue;
import org.vapath.fhir.FhirCaseMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Mixin
  private CaseInput input;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
      description = "json (default): the assessment contract; text: a summary for clinicians.")
  private Format format;

  @Option(names = "--ndjson",
      description = "Read one case per line and write one assessment per line, in constant memory; a line that"
          + " is refused becomes an error line, and the run goes on.")
  private boolean ndjson;

  @Option(names = "--fhir", description = "The input is a FHIR R4 Bundle (JSON) of one patient, mapped to a case"
      + " as docs/fhir-profile.md describes.")
  private boolean fhir;

  @Option(names = "--show-case", description = "Print the case that was read (for --fhir: what was mapped, and what"
      + " stayed unknown as null) instead of assessing it.")
  private boolean showCase;

  @Mixin
  private TodayOption today;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on standard error while streaming (default: when standard error is a terminal).")
  private Boolean progress;

  @Override
  public Integer call() throws Exception {
    KnowledgePack pack = knowledge.pack();
    Engine engine = new Engine(pack);
    LocalDate day = today.day();
    CaseReader reader = new CaseReader(pack, () -> day);
    try (InputStream in = input.open()) {
      if (ndjson && fhir) {
        throw new InputError("--fhir", null, "reads one bundle; --ndjson is for case lines");
      }
      if (ndjson) {
        if (format == Format.text) {
          throw new InputError("--format", "text", "is for one case; --ndjson writes JSON lines");
        }
        NdjsonStream stream = new NdjsonStream(reader, engine, spec.commandLine().getErr(),
            progress == null ? Terminal.isStandardError() : progress);
        spec.commandLine().getOut().flush();
        return stream.run(in, main.out());
      }
      Case kase = fhir ? new FhirCaseMapper(pack).mapBundle(CaseSource.text(in, CaseSource.MAX_BUNDLE_BYTES,
          "(bundle)"), day) : reader.read(in);
      // The parts of the record left unread are said where a person looks, beside the output.
      for (RecordIssue issue : kase.recordIssues()) {
        spec.commandLine().getErr().println("vapath: not read, left out: " + Errors.oneLine(issue.describe()));
      }
      if (showCase) {
        spec.commandLine().getOut().println(CaseJson.pretty(kase));
        return 0;
      }
      Assessment assessment = engine.assess(kase);
      spec.commandLine().getOut().println(format == Format.text ? TextReport.render(assessment, pack)
          : AssessmentJson.pretty(assessment));
      return 0;
    }
  }
}
