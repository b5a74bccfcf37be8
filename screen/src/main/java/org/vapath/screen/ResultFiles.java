package org.vapath.screen;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The results of a run in a folder: {@code results.ndjson} (one JSON object per patient: its
 * decision, codes and the parts of the record that could not be read ({@code recordIssues}), or
 * {@code notAssessed} and why, or {@code error}; {@code coverage} absent when no coverage check
 * applies), {@code results.csv} (one row
 * per patient, lists joined by {@code ;}) and {@code summary.json}.
 */
public final class ResultFiles implements AutoCloseable {
  public static final String NDJSON = "results.ndjson";
  public static final String CSV = "results.csv";
  public static final String SUMMARY = "summary.json";
  // Dates as ISO-8601 text (2026-11-24, 2026-11-24T10:15:30Z), not Jackson's default arrays of numbers.
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final CsvSchema COLUMNS = CsvSchema.builder().addColumn("patient").addColumn("decision")
      .addColumn("indicatedLevels").addColumn("contraindications").addColumn("missing").addColumn("workup")
      .addColumn("preparation").addColumn("cautions").addColumn("followUp").addColumn("coverage")
      .addColumn("recordIssues").addColumn("notAssessed").addColumn("error")
      .setUseHeader(true).build();

  private final Path folder;
  private final BufferedWriter ndjson;
  private final JsonGenerator json;
  private final SequenceWriter csv;

  private ResultFiles(Path folder) throws IOException {
    this.folder = folder;
    Files.createDirectories(folder);
    this.ndjson = Files.newBufferedWriter(folder.resolve(NDJSON), StandardCharsets.UTF_8);
    // One result per line: no separator between root values (Jackson's default is a space).
    this.json = JSON.getFactory().createGenerator(ndjson).setRootValueSeparator(null);
    json.setRootValueSeparator(null);
    this.csv = new CsvMapper().writer(COLUMNS).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .writeValues(Files.newBufferedWriter(folder.resolve(CSV), StandardCharsets.UTF_8));
  }

  public static ResultFiles in(Path folder) {
    try {
      return new ResultFiles(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(PatientResult r) throws IOException {
    json.writeStartObject();
    json.writeStringField("patient", r.patient());
    if (r.error() != null) {
      json.writeStringField("error", r.error());
      if (!r.recordIssues().isEmpty()) {
        list("recordIssues", r.recordIssues());
      }
    } else if (r.notAssessed() != null) {
      json.writeStringField("notAssessed", r.notAssessed());
    } else {
      json.writeStringField("decision", r.decision());
      list("indicatedLevels", r.indicatedLevels());
      list("contraindications", r.contraindications());
      list("missing", r.missing());
      list("workup", r.workup());
      list("preparation", r.preparation());
      list("cautions", r.cautions());
      list("followUp", r.followUp());
      if (r.coverage() != null) { // absent when no coverage check applies, as Spark's results write it
        json.writeStringField("coverage", r.coverage());
      }
      list("recordIssues", r.recordIssues());
    }
    json.writeEndObject();
    json.writeRaw('\n');
    csv.write(List.of(r.patient(), r.decision() == null ? "" : r.decision(), String.join(";", r.indicatedLevels()),
        String.join(";", r.contraindications()), String.join(";", r.missing()), String.join(";", r.workup()),
        String.join(";", r.preparation()), String.join(";", r.cautions()), String.join(";", r.followUp()),
        r.coverage() == null ? "" : r.coverage(), String.join(";", r.recordIssues()),
        r.notAssessed() == null ? "" : r.notAssessed(),
        r.error() == null ? "" : r.error()));
  }

  private void list(String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  void summary(ScreenSummary summary) throws IOException {
    writeSummary(folder, summary);
  }

  /** Writes {@code summary.json} into {@code folder}, for every screening (one machine or Spark). */
  public static void writeSummary(Path folder, ScreenSummary summary) throws IOException {
    Files.createDirectories(folder);
    JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(SUMMARY).toFile(), summary);
  }

  @Override
  public void close() throws IOException {
    json.close();
    ndjson.close();
    csv.close();
  }
}
