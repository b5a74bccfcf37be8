package org.vapath.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.OutputStream;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;

/**
 * Streams cases, one JSON object per line, to assessments, one per line, in constant memory.
 * Output line N answers input line N (blank lines are skipped): either an assessment or
 * {@code {"line": N, "error": {...}}} naming the field and value refused. Errors never stop the run.
 */
public final class NdjsonStream {
  private static final int MESSAGES_SHOWN = 20;

  private final CaseReader reader;
  private final Engine engine;
  private final PrintWriter err;
  private final Progress progress;
  private long assessed;
  private long refused;
  private long failed;

  public NdjsonStream(CaseReader reader, Engine engine, PrintWriter err, boolean showProgress) {
    this.reader = reader;
    this.engine = engine;
    this.err = err;
    this.progress = showProgress ? new Progress(err) : null;
  }

  /** Streams every line; the exit code: 0 when every line was assessed, 2 when input was refused, 1 on a defect. */
  public int run(InputStream in, OutputStream out) throws IOException {
    BoundedLines lines = new BoundedLines(in);
    try (JsonGenerator json = AssessmentJson.generator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      long number = 0;
      for (String line = lines.next(); line != null; line = lines.next()) {
        number++;
        if (lines.tooLong()) {
          refuse(json, number, tooLong());
          json.writeRaw('\n');
        } else if (!line.isBlank()) {
          one(line, number, json);
          json.writeRaw('\n');
        }
        if (progress != null) {
          progress.tick(assessed + refused + failed);
        }
      }
    }
    out.flush();
    summary();
    if (failed > 0) {
      return Errors.INTERNAL;
    }
    return refused > 0 ? Main.BAD_INPUT : 0;
  }

  /** The refusal of a line longer than any case. */
  static InputError tooLong() {
    return new InputError("(line)", null, "is longer than " + BoundedLines.MAX_CHARS + " characters; a case is far"
        + " shorter: is this one case per line?");
  }

  private void refuse(JsonGenerator json, long number, InputError e) throws IOException {
    refused++;
    report(number, e.getMessage());
    error(json, number, e.field(), e.value(), e.getMessage());
  }

  private void one(String line, long number, JsonGenerator json) throws IOException {
    try {
      AssessmentJson.write(engine.assess(reader.read(line)), json);
      assessed++;
    } catch (InputError e) {
      refuse(json, number, e);
    } catch (RuntimeException e) {
      // A defect, not bad input: report it on its line and go on, so one case cannot stop a batch.
      failed++;
      report(number, Errors.message(e));
      error(json, number, null, null, Errors.message(e));
    }
  }

  private static void error(JsonGenerator json, long number, String field, String value, String message)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("line", number);
    json.writeObjectFieldStart("error");
    json.writeStringField("field", field);
    json.writeStringField("value", value);
    json.writeStringField("message", message);
    json.writeEndObject();
    json.writeEndObject();
  }

  private void report(long number, String message) {
    long problems = refused + failed;
    if (problems <= MESSAGES_SHOWN) {
      err.println("vapath: line " + number + ": " + Errors.oneLine(message));
    } else if (problems == MESSAGES_SHOWN + 1) {
      err.println("vapath: more lines refused; see the error lines of the output");
    }
  }

  private void summary() {
    if (progress != null) {
      progress.done(assessed + refused + failed);
    }
    if (refused > 0 || failed > 0) {
      err.println("vapath: " + assessed + " cases assessed, " + refused + " refused as bad input"
          + (failed > 0 ? ", " + failed + " failed by an internal error" : ""));
    }
    err.flush();
  }
}
