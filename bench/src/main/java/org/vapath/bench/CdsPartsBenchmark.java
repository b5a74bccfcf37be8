package org.vapath.bench;

import org.vapath.core.json.KnowledgePackJson;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
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
import org.vapath.fhir.FhirCaseMapper;
import org.vapath.fhir.FhirJson;

/** Where an order-sign request's time goes: HAPI parsing of the prefetch, mapping to a case, the engine. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CdsPartsBenchmark {
  private String prefetch;
  private List<Resource> resources;
  private Case kase;
  private Engine engine;
  private FhirCaseMapper mapper;

  @Setup
  public void setUp() throws Exception {
    // The whole record as one bundle: the same resources an order-sign request prefetches under its keys.
    prefetch = FhirJson.context().newJsonParser().encodeResourceToString(OrderSignRequests.record(270));
    Bundle bundle = FhirJson.context().newJsonParser().parseResource(Bundle.class, prefetch);
    resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
    mapper = new FhirCaseMapper(KnowledgePackJson.embedded());
    kase = mapper.map(resources, LocalDate.of(2026, 11, 23));
    engine = Engine.withEmbeddedKnowledge();
  }

  @Benchmark
  public Bundle parsePrefetchWithHapi() {
    return FhirJson.context().newJsonParser().parseResource(Bundle.class, prefetch);
  }

  @Benchmark
  public Case mapResourcesToCase() {
    return mapper.map(resources, LocalDate.of(2026, 11, 23));
  }

  @Benchmark
  public Assessment assess() {
    return engine.assess(kase);
  }
}
