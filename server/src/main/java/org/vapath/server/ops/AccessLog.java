package org.vapath.server.ops;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One line per request: its method, its route's template ({@code /api/cases/{id}}, never
 * {@code /api/cases/3}), status and time in milliseconds. No query, no body, no header, no address:
 * a path's ids and a query can name a patient. The line is plain text or, for log shippers, a JSON
 * object; the metrics are told of the request too.
 */
public final class AccessLog {
  /** Requests no route answered, or that an unknown method made: one label, whatever the path. */
  static final String UNMATCHED = "(unmatched)";

  private final boolean json;
  private final Consumer<String> sink;
  private final ServerMetrics metrics;
  private final Clock clock;

  /** Lines in JSON or text to {@code sink}; every request also timed in {@code metrics}. */
  public AccessLog(boolean json, Consumer<String> sink, ServerMetrics metrics, Clock clock) {
    this.json = json;
    this.sink = sink;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Javalin's request logger: called once a request is answered, with its time in milliseconds. */
  public void log(Context ctx, float millis) {
    String method = ctx.method().name();
    String route = route(ctx);
    int status = ctx.statusCode();
    metrics.request(method, route, status, Duration.ofNanos((long) (millis * 1_000_000)));
    sink.accept(line(method, route, status, millis));
  }

  String line(String method, String route, int status, float millis) {
    String ms = String.format(Locale.ROOT, "%.1f", millis);
    if (!json) {
      return method + " " + route + " " + status + " " + ms + " ms";
    }
    return JsonNodeFactory.instance.objectNode().put("time", clock.instant().toString()).put("level", "INFO")
        .put("logger", "vapath.access").put("method", method).put("route", route).put("status", status)
        .put("ms", Double.parseDouble(ms)).toString();
  }

  /** The template of the route that answered; the static files' root, or {@link #UNMATCHED}. */
  public static String route(Context ctx) {
    String template;
    try {
      template = ctx.endpointHandlerPath();
    } catch (IllegalStateException e) {
      template = null;
    }
    if (template != null && !template.isEmpty() && !template.equals("*")) {
      return template;
    }
    return ctx.path().startsWith("/static/") ? "/static/*" : UNMATCHED;
  }
}
