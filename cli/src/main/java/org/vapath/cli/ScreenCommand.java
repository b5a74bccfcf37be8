package org.vapath.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.screen.BulkExport;
import org.vapath.screen.ResultFiles;
import org.vapath.screen.ScreenListener;
import org.vapath.screen.ScreenSummary;
import org.vapath.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vapath screen DIR}: screens a FHIR Bulk Data export, one result per patient and a summary. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Screen a FHIR Bulk Data export (NDJSON files, plain or .gz, placed by its manifest.json or"
        + " else by their names, folders or first lines): group the resources by patient in bounded memory,"
        + " assess each living patient, and write results.ndjson, results.csv and summary.json. Deceased patients"
        + " are counted apart, not assessed. Files and lines that cannot be read are named (file and line); they"
        + " never stop the run."})
final class ScreenCommand implements Callable<Integer> {
  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  private KnowledgeOption knowledge;

  @Parameters(paramLabel = "DIR", description = "The export folder.")
  private Path folder;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "screen-results",
      description = "Folder for the results (default: ./screen-results).")
  private Path out;

  @Mixin
  private TodayOption today;

  @Option(names = "--memory-mb", paramLabel = "MB", defaultValue = "256", description = "Memory for grouping"
      + " the records by patient (default 256); past it, they are split into parts on disk under the results folder.")
  private long memoryMb;

  @Option(names = "--threads", paramLabel = "N", description = "Patients assessed at once (default: the number of"
      + " processors).")
  private Integer threads;

  @Option(names = "--spark", paramLabel = "MASTER", description = "Run the screening as a Spark job instead, e.g."
      + " local[*] (results in OUT/results, results-csv and results-parquet); needs the spark module built.")
  private String spark;

  @Option(names = "--progress", negatable = true,
      description = "Show progress with rate and time left (default: when standard error is a terminal).")
  private Boolean progress;

  @Override
  public Integer call() throws Exception {
    if (memoryMb < 1 || memoryMb > 1 << 20) {
      throw new InputError("--memory-mb", Long.toString(memoryMb), "must be between 1 and 1048576");
    }
    KnowledgePack pack = knowledge.pack();
    BulkExport export = BulkExport.in(folder);
    if (spark != null) {
      return SparkLocal.run(spark, folder, out, today.day(), knowledge.overrides);
    }
    PrintWriter err = spec.commandLine().getErr();
    notRead(err, export.unplaced());
    boolean show = progress == null ? Terminal.isStandardError() : progress;
    ScreenProgress bar = show ? new ScreenProgress(err) : null;
    LocalDate day = today.day();
    ScreenSummary summary;
    try (ResultFiles results = ResultFiles.in(out)) {
      int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      if (cores < 1 || cores > 1024) {
        throw new InputError("--threads", Integer.toString(cores), "must be between 1 and 1024");
      }
      summary = new Screener(pack, day, memoryMb << 20, cores, bar == null ? ScreenListener.SILENT : bar)
          .screen(export, results, out.resolve(".partitions"));
    }
    if (bar != null) {
      bar.done();
    }
    notRead(err, summary.export().unplaced().subList(export.unplaced().size(), summary.export().unplaced().size()));
    print(spec.commandLine().getOut(), summary);
    return 0;
  }

  /** The summary in words: counts and codes only; the patients listed stay in summary.json. */
  private void print(PrintWriter w, ScreenSummary s) {
    w.printf("Screened %,d patients (%,d resources) in %.1f s: %,.0f patients/s; knowledge pack %s, assessed on %s%n",
        s.patients(), s.lines(), s.seconds(), s.patientsPerSecond(), s.knowledgeVersion(), s.assessedOn());
    if (s.export().manifest() != null) {
      w.printf("Files placed by %s%s%n", s.export().manifest(), s.export().transactionTime() == null ? ""
          : " (export's transaction time " + s.export().transactionTime() + ")");
    }
    counts(w, "By decision", s.byDecision());
    w.printf("Deceased, not assessed: %,d%n", s.deceased());
    w.printf("Assessed with parts of their record unreadable: %,d%s%n", s.withRecordIssues(),
        s.withRecordIssues() > 0 ? " (named in their results, recordIssues)" : "");
    counts(w, "Contraindications", s.byContraindication());
    counts(w, "Missing before deciding", s.byMissing());
    counts(w, "Work-up to order", s.byWorkup());
    counts(w, "Preparation", s.byPreparation());
    counts(w, "Cautions", s.byCaution());
    counts(w, "Follow-up", s.byFollowUp());
    counts(w, "Payer coverage check (advisory)", s.byCoverage());
    w.printf("Lines that could not be read: %,d; patients that could not be assessed: %,d%s%n", s.malformedLines(),
        s.failedPatients(), s.malformedLines() + s.failedPatients() > 0 ? " (listed in summary.json)" : "");
    if (!s.export().skipped().isEmpty()) {
      w.println("Files not read (types VAPath does not use): " + String.join(", ", s.export().skipped().stream()
          .map(f -> f.file() + " (" + f.type() + ")").toList()));
    }
    if (!s.export().unplaced().isEmpty()) {
      w.printf("Files that could not be placed or read: %,d (named on standard error and in summary.json)%n",
          s.export().unplaced().size());
    }
    if (!s.export().outcome().isEmpty()) {
      w.println("The exporter's error and outcome files (OperationOutcomes, not read here; read them): "
          + String.join(", ", s.export().outcome()));
    }
    w.println("Results: " + out.resolve(ResultFiles.NDJSON) + ", " + out.resolve(ResultFiles.CSV) + ", "
        + out.resolve(ResultFiles.SUMMARY));
    w.flush();
  }

  /** Each file that was not read, and why, on standard error: never a silent skip. */
  private static void notRead(PrintWriter err, List<BulkExport.Unplaced> files) {
    for (BulkExport.Unplaced file : files) {
      err.println("vapath: not read: " + file.file() + ": " + file.why());
    }
    err.flush();
  }

  private static void counts(PrintWriter w, String title, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    w.println(title + ":");
    counts.forEach((code, n) -> w.printf("  %-32s %,d%n", code, n));
  }
}
