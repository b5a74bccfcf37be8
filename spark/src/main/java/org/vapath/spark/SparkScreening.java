package org.vapath.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.vapath.core.InputError;
import org.vapath.screen.BulkExport;
import org.vapath.screen.ExportFile;
import org.vapath.screen.PatientResult;
import org.vapath.screen.PatientWork;
import org.vapath.screen.ScreenSummary;
import org.vapath.screen.SourceLine;

/**
 * The screening as a Spark job: every file's lines with their numbers, routed to their patient in
 * the tasks, grouped by patient ({@code groupByKey}), and each patient mapped and assessed by the
 * same code as on one machine, inside the tasks. Results as NDJSON, CSV and Parquet; the summary
 * is the one-machine summary, computed from the results.
 */
public final class SparkScreening {
  private static final Map<String, PatientWork> WORK = new ConcurrentHashMap<>();

  private SparkScreening() {
  }

  public static ScreenSummary run(SparkSession spark, BulkExport export, String out, String knowledge,
      LocalDate assessedOn) {
    long started = System.nanoTime();
    Instant startedAt = Instant.now();
    for (ExportFile file : export.files()) {
      if (file.gzipped() && !file.name().endsWith(".gz")) {
        // Spark's text source decompresses by the file's name, the one-machine screening by its bytes.
        throw new InputError("DIR", '"' + file.name() + '"', "is gzipped but not named .gz, which Spark needs to"
            + " read it: rename it, or screen without --spark");
      }
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<RoutedLine> routed = null;
    for (int f = 0; f < export.files().size(); f++) {
      int file = f;
      JavaRDD<RoutedLine> lines = jsc.textFile(export.files().get(f).path().toUri().toString())
          .zipWithIndex().map(t -> Routing.route(knowledge, file, t._2() + 1, t._1())).filter(r -> r != null);
      routed = routed == null ? lines : routed.union(lines);
    }
    Dataset<RoutedLine> all = spark.createDataset(routed.rdd(), Encoders.bean(RoutedLine.class)).cache();
    String day = assessedOn.toString();
    List<String> names = export.files().stream().map(ExportFile::name).toList();
    Dataset<RoutedLine> patientLines = all.filter(col("kind").equalTo(RoutedLine.PATIENT));
    Dataset<RoutedLine> unreadable = all.filter(col("kind").equalTo(RoutedLine.UNREADABLE));
    Dataset<ResultRow> results = patientLines.unionByName(unreadable).unionByName(medicationsNamed(all, patientLines))
        .groupByKey((MapFunction<RoutedLine, String>) RoutedLine::getPatient, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, RoutedLine, ResultRow>) (patient, lines) -> {
          PatientWork work = WORK.computeIfAbsent(knowledge + "|" + day + "|" + String.join("|", names),
              k -> new PatientWork(Knowledge.pack(knowledge), LocalDate.parse(day), names));
          List<SourceLine> source = new ArrayList<>();
          lines.forEachRemaining(l -> source.add(RoutedLine.UNREADABLE.equals(l.getKind())
              ? SourceLine.unreadable(l.getFile(), l.getNumber(), l.getProblem())
              : new SourceLine(l.getFile(), l.getNumber(), l.getJson().getBytes(StandardCharsets.UTF_8))));
          return List.of(row(work.assess(patient, source))).iterator();
        }, Encoders.bean(ResultRow.class)).cache();
    write(results, out);
    ScreenSummary summary = summary(export, all, results, knowledge, assessedOn, spark.sparkContext()
        .defaultParallelism(), startedAt, (System.nanoTime() - started) / 1e9);
    all.unpersist();
    results.unpersist();
    return summary;
  }

  /**
   * Each shared Medication (the first of an id, in export order) as a line of every patient whose
   * request or statement names it: a join, as the one-machine screening does on disk.
   */
  private static Dataset<RoutedLine> medicationsNamed(Dataset<RoutedLine> all, Dataset<RoutedLine> patientLines) {
    Dataset<Row> named = patientLines.filter(col("medicationId").isNotNull())
        .select(col("patient"), col("medicationId")).distinct();
    Dataset<Row> medications = all.filter(col("kind").equalTo(RoutedLine.MEDICATION))
        .withColumn("rank", row_number().over(Window.partitionBy("medicationId").orderBy("file", "number")))
        .filter(col("rank").equalTo(1)).select(col("medicationId"), col("file"), col("number"), col("json"));
    return named.join(medications, "medicationId").select(lit(RoutedLine.PATIENT).as("kind"), col("patient"),
        lit(null).cast("string").as("medicationId"), col("file"), col("number"), col("json"),
        lit(null).cast("string").as("problem")).as(Encoders.bean(RoutedLine.class));
  }

  private static ResultRow row(PatientWork.Outcome outcome) {
    PatientResult r = outcome.result();
    ResultRow row = new ResultRow();
    row.setPatient(r.patient());
    row.setDecision(r.decision());
    row.setIndicatedLevels(r.indicatedLevels());
    row.setContraindications(r.contraindications());
    row.setMissing(r.missing());
    row.setWorkup(r.workup());
    row.setPreparation(r.preparation());
    row.setCautions(r.cautions());
    row.setFollowUp(r.followUp());
    row.setCoverage(r.coverage());
    row.setRecordIssues(r.recordIssues());
    row.setNotAssessed(r.notAssessed());
    row.setError(r.error());
    row.setResources(outcome.resources());
    row.setMilliseconds(outcome.milliseconds());
    List<String> malformed = new ArrayList<>();
    for (int i = 0; i < outcome.malformed().size(); i++) {
      SourceLine line = outcome.malformed().get(i);
      malformed.add(line.file() + "\t" + line.number() + "\t" + outcome.problems().get(i));
    }
    row.setMalformed(malformed);
    return row;
  }

  /** results/ (NDJSON parts), results-csv/ (lists joined by ;), results-parquet/. */
  private static void write(Dataset<ResultRow> results, String out) {
    Dataset<Row> table = results.select(col("patient"), col("decision"), col("indicatedLevels"),
        col("contraindications"), col("missing"), col("workup"), col("preparation"), col("cautions"),
        col("followUp"), col("coverage"), col("recordIssues"), col("notAssessed"), col("error"));
    table.write().mode(SaveMode.Overwrite).json(out + "/results");
    table.write().mode(SaveMode.Overwrite).parquet(out + "/results-parquet");
    table.select(col("patient"), col("decision"), concat_ws(";", col("indicatedLevels")).as("indicatedLevels"),
        concat_ws(";", col("contraindications")).as("contraindications"),
        concat_ws(";", col("missing")).as("missing"), concat_ws(";", col("workup")).as("workup"),
        concat_ws(";", col("preparation")).as("preparation"), concat_ws(";", col("cautions")).as("cautions"),
        concat_ws(";", col("followUp")).as("followUp"), col("coverage"),
        concat_ws(";", col("recordIssues")).as("recordIssues"), col("notAssessed"), col("error"))
        .write().mode(SaveMode.Overwrite).option("header", true).csv(out + "/results-csv");
  }

  private static ScreenSummary summary(BulkExport export, Dataset<RoutedLine> all, Dataset<ResultRow> results,
      String knowledge, LocalDate assessedOn, int partitions, Instant startedAt, double seconds) {
    Dataset<ResultRow> assessed = results.filter(col("error").isNull().and(col("notAssessed").isNull()));
    Dataset<ResultRow> failed = results.filter(col("error").isNotNull());
    List<ScreenSummary.Failed> failures = failed.limit(ScreenSummary.LISTED).collectAsList().stream()
        .map(r -> new ScreenSummary.Failed(r.getPatient(), r.getError())).toList();
    List<ScreenSummary.Slow> slowest = results.orderBy(col("milliseconds").desc()).limit(10).collectAsList().stream()
        .map(r -> new ScreenSummary.Slow(r.getPatient(), r.getResources(), r.getMilliseconds())).toList();
    long patients = results.count();
    long failedCount = failed.count();
    long deceased = results.filter(col("notAssessed").isNotNull()).count();
    long withIssues = results.filter(size(col("recordIssues")).gt(0)).count();
    Dataset<RoutedLine> unread = all.filter(col("kind").isin(RoutedLine.MALFORMED, RoutedLine.UNREADABLE));
    Dataset<Row> unparsed = results.select(explode(col("malformed")).as("m"));
    return new ScreenSummary(Knowledge.pack(knowledge).version(), assessedOn, startedAt, Instant.now(), seconds,
        seconds > 0 ? patients / seconds : 0, ScreenSummary.Export.of(export, List.of()), partitions, all.count(),
        all.filter(col("kind").equalTo(RoutedLine.NOT_RELEVANT)).count(), patients,
        patients - failedCount - deceased, deceased, withIssues, counts(assessed.groupBy(col("decision")).count()),
        counts(assessed, "contraindications"), counts(assessed, "missing"), counts(assessed, "workup"),
        counts(assessed, "preparation"), counts(assessed, "cautions"), counts(assessed, "followUp"),
        counts(assessed.groupBy(coalesce(col("coverage"), lit(ScreenSummary.NO_COVERAGE_CHECK))).count()),
        unread.count() + unparsed.count(), malformed(export, unread, unparsed),
        failedCount, failures, slowest);
  }

  /** The first of the lines that could not be read: those set aside by the routing, then those of the patients. */
  private static List<ScreenSummary.Malformed> malformed(BulkExport export, Dataset<RoutedLine> unread,
      Dataset<Row> unparsed) {
    List<ScreenSummary.Malformed> malformed = new ArrayList<>();
    for (RoutedLine line : unread.orderBy(col("file"), col("number")).limit(ScreenSummary.LISTED).collectAsList()) {
      malformed.add(new ScreenSummary.Malformed(export.files().get(line.getFile()).name(), line.getNumber(),
          line.getProblem()));
    }
    for (Row m : unparsed.limit(ScreenSummary.LISTED).collectAsList()) {
      String[] parts = m.getString(0).split("\t", 3);
      if (malformed.size() < ScreenSummary.LISTED) {
        malformed.add(new ScreenSummary.Malformed(export.files().get(Integer.parseInt(parts[0])).name(),
            Long.parseLong(parts[1]), parts[2]));
      }
    }
    return malformed;
  }

  private static Map<String, Long> counts(Dataset<ResultRow> results, String list) {
    return counts(results.select(explode(col(list)).as("code")).groupBy(col("code")).count());
  }

  private static Map<String, Long> counts(Dataset<Row> grouped) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : grouped.collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }
}
