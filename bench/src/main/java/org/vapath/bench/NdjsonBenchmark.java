package org.vapath.bench;

import org.vapath.core.json.KnowledgePackJson;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vapath.cli.NdjsonStream;
import org.vapath.core.Engine;
import org.vapath.core.json.CaseReader;

/**
 * {@code assess --ndjson} end to end (read lines, parse, assess, write JSON lines, encode UTF-8)
 * against a Jackson parse-only pass over the same file, in one run: scores are cases per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class NdjsonBenchmark {
  static final int LINES = 20_000;

  private static final ObjectMapper PARSER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Path file;
  private CaseReader reader;
  private Engine engine;

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    List<String> cases = VignetteCases.lines();
    file = Files.createTempFile("vapath-bench", ".ndjson");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < LINES; i++) {
        out.write(cases.get(i % cases.size()));
        out.write('\n');
      }
    }
    engine = Engine.withEmbeddedKnowledge();
    reader = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23));
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public void parseOnly(Blackhole sink) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        sink.consume(PARSER.readTree(line));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public int assessNdjson() throws IOException {
    PrintWriter err = new PrintWriter(Writer.nullWriter());
    NdjsonStream stream = new NdjsonStream(reader, engine, err, false);
    try (InputStream in = Files.newInputStream(file)) {
      return stream.run(in, OutputStream.nullOutputStream());
    }
  }
}
