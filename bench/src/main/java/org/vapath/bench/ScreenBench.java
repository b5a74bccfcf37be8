package org.vapath.bench;

import org.vapath.core.json.KnowledgePackJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.vapath.screen.BulkExport;
import org.vapath.screen.ExportFile;
import org.vapath.screen.Populations;
import org.vapath.screen.ResultFiles;
import org.vapath.screen.ScreenListener;
import org.vapath.screen.ScreenSummary;
import org.vapath.screen.Screener;
import org.vapath.screen.SyntheticExport;

/**
 * The screening benchmark, one step per process so that each has its own peak memory
 * ({@code bench/screen-bench.sh} runs them side by side): {@code generate DIR N} writes a synthetic
 * export; {@code parse DIR} is the baseline, a Jackson tree parse of every line; {@code screen DIR
 * OUT MB} the whole screening.
 */
public final class ScreenBench {
  private ScreenBench() {
  }

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "generate" -> new SyntheticExport().write(Path.of(args[1]), Integer.parseInt(args[2]),
          Integer.parseInt(args.length > 3 ? args[3] : "10"), args.length > 4 && args[4].equals("gzip"));
      case "parse" -> parse(Path.of(args[1]));
      case "select" -> {
        long[] lines = Populations.select(Path.of(args[1]), Path.of(args[2]), KnowledgePackJson.embedded());
        System.out.printf(Locale.ROOT, "kept %d lines, left out %d observations and reports with no code VAPath"
            + " reads%n", lines[0], lines[1]);
      }
      case "clone" -> Populations.clone(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
      case "screen" -> screen(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]),
          Integer.parseInt(args.length > 4 ? args[4] : "1"));
      default -> throw new IllegalArgumentException(
          "generate DIR N [NOISE [gzip]] | select FROM TO | clone FROM TO COPIES | parse DIR | screen DIR OUT MB"
              + " [THREADS]");
    }
  }

  private static void parse(Path folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    long started = System.nanoTime();
    long lines = 0;
    long patients = 0;
    for (ExportFile file : BulkExport.in(folder).files()) {
      InputStream in = Files.newInputStream(file.path());
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.gzipped()
          ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8), 1 << 16)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          JsonNode resource = json.readTree(line);
          lines++;
          patients += "Patient".equals(resource.path("resourceType").asText()) ? 1 : 0;
        }
      }
    }
    report("parse-only", patients, lines, (System.nanoTime() - started) / 1e9);
  }

  private static void screen(Path folder, Path out, long megabytes, int threads) throws IOException {
    long started = System.nanoTime();
    ScreenSummary summary;
    try (ResultFiles results = ResultFiles.in(out)) {
      summary = new Screener(KnowledgePackJson.embedded(), SyntheticExport.ASSESSED_ON, megabytes << 20,
          threads, new PhaseTimer()).screen(BulkExport.in(folder), results, out.resolve(".partitions"));
    }
    report("screen (" + threads + (threads == 1 ? " thread, " : " threads, ") + summary.partitions()
        + " partitions)", summary.patients(), summary.lines(),
        (System.nanoTime() - started) / 1e9);
  }

  /** Prints when reading ends and assessing begins, so that the two passes can be told apart. */
  private static final class PhaseTimer implements ScreenListener {
    private final long start = System.nanoTime();
    private boolean assessing;

    @Override
    public void reading(long bytesRead, long total) {
    }

    @Override
    public void assessing(long done, long expected) {
      if (!assessing) {
        assessing = true;
        System.out.printf(Locale.ROOT, "  reading and grouping: %.2f s%n", (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private static void report(String what, long patients, long lines, double seconds) {
    System.out.printf(Locale.ROOT, "%s: %d patients, %d resources in %.2f s: %.0f patients/s, %.0f resources/s%n",
        what, patients, lines, seconds, patients / seconds, lines / seconds);
  }
}
