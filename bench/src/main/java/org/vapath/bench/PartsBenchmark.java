package org.vapath.bench;

import org.vapath.core.json.KnowledgePackJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vapath.core.Assessment;
import org.vapath.core.Engine;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;

/** Where the time of one NDJSON line goes: parsing the tree, reading the case from it, writing the assessment. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PartsBenchmark {
  private final ObjectMapper mapper = new ObjectMapper();
  private List<String> lines;
  private List<Assessment> assessments;
  private CaseReader reader;

  @Setup
  public void setUp() {
    lines = VignetteCases.lines();
    reader = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23));
    Engine engine = Engine.withEmbeddedKnowledge();
    assessments = new ArrayList<>();
    for (String line : lines) {
      assessments.add(engine.assess(reader.read(line)));
    }
  }

  @Benchmark
  public void parseTree(Blackhole sink) throws IOException {
    for (String line : lines) {
      sink.consume(mapper.readTree(line));
    }
  }

  @Benchmark
  public void parseAndReadCase(Blackhole sink) {
    for (String line : lines) {
      sink.consume(reader.read(line));
    }
  }

  @Benchmark
  public void writeAssessment() throws IOException {
    for (Assessment assessment : assessments) {
      try (var json = AssessmentJson.generator(OutputStream.nullOutputStream())) {
        AssessmentJson.write(assessment, json);
      }
    }
  }
}
