package org.vapath.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.vapath.screen.BulkExport;
import org.vapath.screen.ResultFiles;
import org.vapath.screen.ScreenSummary;

/**
 * The Spark application: {@code spark-submit --class org.vapath.spark.ScreenJob vapath-spark.jar
 * DIR OUT [DATE] [KNOWLEDGE_FILE]}; the master comes from spark-submit, or from {@code
 * -Dspark.master} in local mode ({@code vapath screen --spark local[*]}). Writes the results and
 * {@code summary.json} to OUT and prints the summary's counts.
 */
public final class ScreenJob {
  private ScreenJob() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ScreenJob DIR OUT [yyyy-mm-dd] [KNOWLEDGE_FILE]");
      System.exit(2);
    }
    LocalDate day = args.length > 2 && !args[2].isEmpty() ? LocalDate.parse(args[2])
        : LocalDate.now(java.time.ZoneId.systemDefault());
    String knowledge = args.length > 3 ? args[3] : "";
    BulkExport export = BulkExport.in(Path.of(args[0]));
    for (BulkExport.Unplaced file : export.unplaced()) {
      System.err.println("vapath: not read: " + file.file() + ": " + file.why());
    }
    SparkSession spark = SparkSession.builder().appName("VAPath screening").getOrCreate();
    try {
      ScreenSummary summary = SparkScreening.run(spark, export, args[1], knowledge, day);
      ResultFiles.writeSummary(Path.of(args[1]), summary);
      System.out.printf("Screened %,d patients (%,d resources) on Spark in %.1f s%n", summary.patients(),
          summary.lines(), summary.seconds());
      System.out.println("By decision: " + summary.byDecision() + "; deceased, not assessed: " + summary.deceased());
      System.out.println("Results: " + args[1] + "/results (NDJSON), results-csv, results-parquet, summary.json");
    } finally {
      spark.stop();
    }
  }
}
