package org.vapath.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
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
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.fhir.FhirCaseMapper;
import org.vapath.server.ServerConfig;
import org.vapath.server.cds.CdsHooks;
import org.vapath.server.ops.ServerMetrics;

/**
 * Where an order-sign call's time goes, after HTTP and authentication: the whole answer, and its
 * parts: a Jackson parse of the body, mapping the prefetched resources (two reports read) to a case,
 * the engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CdsPartsBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private String body;
  private List<JsonNode> resources;
  private Case kase;
  private Engine engine;
  private FhirCaseMapper mapper;
  private CdsHooks hooks;

  @Setup
  public void setUp() throws Exception {
    body = CdsQuickCheck.body();
    resources = new ArrayList<>();
    JSON.readTree(body).path("prefetch").forEach(value -> {
      if (value.has("entry")) {
        value.path("entry").forEach(entry -> resources.add(entry.path("resource")));
      } else if (value.isObject()) {
        resources.add(value);
      }
    });
    mapper = new FhirCaseMapper(KnowledgePackJson.embedded());
    kase = mapper.mapJson(resources, TODAY);
    engine = Engine.withEmbeddedKnowledge();
    hooks = new CdsHooks(new ServerConfig(0, URI.create("http://localhost"), List.of(), true, 1 << 24, List.of(),
        KnowledgePackJson.embedded()), Clock.systemUTC(), "http://localhost", null, new ServerMetrics());
  }

  @Benchmark
  public ObjectNode answerTheCall() {
    return hooks.answer("vapath-order-sign", body, null);
  }

  @Benchmark
  public JsonNode parseBodyWithJackson() throws Exception {
    return JSON.readTree(body);
  }

  @Benchmark
  public Case mapResourcesToCase() {
    return mapper.mapJson(resources, TODAY);
  }

  @Benchmark
  public Assessment assess() {
    return engine.assess(kase);
  }
}
