package org.vapath.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.vapath.core.assessment.Decision;

/**
 * The server's meters, read at {@code /metrics} in the Prometheus text format. Every tag takes few
 * values (a route's template, a status, a decision, a card indicator, a feedback outcome), so that
 * no count can name a patient or grow without bound.
 */
public final class ServerMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** A request answered: its method, its route's template (never the path itself), status and time. */
  public void request(String method, String route, int status, Duration time) {
    Timer.builder("vapath.http.requests").description("HTTP requests by route template and status")
        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
        .publishPercentileHistogram().register(registry).record(time);
  }

  /** An assessment made for a CDS hook, by its decision. */
  public void assessed(Decision decision) {
    count("vapath.assessments", "Assessments made for CDS hooks, by decision", "decision", decision.name());
  }

  /** A card returned to the EHR, by its indicator (info, warning, critical). */
  public void card(String indicator) {
    count("vapath.cds.cards", "CDS cards returned, by indicator", "indicator", indicator);
  }

  /** The EHR's feedback on a card, by outcome (accepted, overridden). */
  public void feedback(String outcome) {
    count("vapath.cds.feedback", "CDS card feedback, by outcome", "outcome", outcome);
  }

  /** A sign-in refused: a wrong name or password ({@code failed}) or a locked account or address ({@code locked}). */
  public void signInFailed(String reason) {
    count("vapath.sign.in.failures", "Failed sign-ins, by reason", "reason", reason);
  }

  /** Every meter, in the Prometheus text format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  private void count(String name, String description, String tag, String value) {
    Counter.builder(name).description(description).tag(tag, value).register(registry).increment();
  }
}
