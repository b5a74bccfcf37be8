package org.vapath.server.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import org.vapath.core.InputError;
import org.vapath.server.HttpProblem;
import org.vapath.server.ServerConfig;
import org.vapath.server.StrictJson;
import org.vapath.server.ops.ServerMetrics;
import org.vapath.server.web.CaseLinks;

/**
 * The CDS Hooks service's handlers: discovery, a hook's call and the EHR's feedback on cards. Each
 * parses, calls {@link HookService} or the feedback counts, and answers JSON; the EHR's token was
 * checked before, and its issuer left in the request's {@link #ISSUER} attribute.
 */
public final class CdsHooks {
  /** The request attribute holding the authenticated EHR's issuer ({@code null}: development mode). */
  public static final String ISSUER = "vapath.issuer";

  private final HookService hooks;
  private final FeedbackLog feedback = new FeedbackLog();
  private final String discovery;
  private final ServerMetrics metrics;

  /**
   * The hooks of {@code config}'s pack; cards link to {@code baseUrl}, and to the case pages with
   * {@code links}; assessments, cards and feedback are counted in {@code metrics}.
   */
  public CdsHooks(ServerConfig config, Clock clock, String baseUrl, CaseLinks links, ServerMetrics metrics) {
    this.metrics = metrics;
    this.hooks = new HookService(config.pack(), new FhirFetcher(config.security().fhirMaxBytes(),
        config.security().fhirTimeout()), clock, baseUrl, links, new FhirServers(config), metrics);
    this.discovery = CdsServices.discovery(config.pack()).toString(); // the same for every call
  }

  /** {@code GET /cds-services}: the services and their prefetch templates. */
  public void discovery(Context ctx) {
    ctx.contentType("application/json").result(discovery);
  }

  /** {@code POST /cds-services/{id}}: the cards for a hook's call. */
  public void call(Context ctx) {
    json(ctx, answer(service(ctx), ctx.body(), ctx.attribute(ISSUER)));
  }

  /**
   * The cards for a call of {@code serviceId} with {@code body}, signed by {@code issuer}: the whole
   * work of a hook's call after the HTTP layer, which the CI's quick benchmark measures.
   */
  public ObjectNode answer(String serviceId, String body, String issuer) {
    ObjectNode answer = hooks.answer(serviceId, body, issuer);
    answer.path("cards").forEach(card -> metrics.card(card.path("indicator").asText("none")));
    return answer;
  }

  /** {@code POST /cds-services/{id}/feedback}: counts what became of the cards. */
  public void feedback(Context ctx) {
    String serviceId = service(ctx);
    JsonNode root = StrictJson.read(ctx.body(), "(request)");
    JsonNode items = root == null ? null : root.get("feedback");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw new InputError("feedback", null, "is required: a non-empty array of card outcomes");
    }
    for (int i = 0; i < items.size(); i++) {
      String outcome = items.get(i).path("outcome").asText("");
      if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
        throw new InputError("feedback[" + i + "].outcome", null, "must be accepted or overridden");
      }
    }
    // Checked whole before any is counted: a refused request counts nothing.
    for (JsonNode item : items) {
      String outcome = item.path("outcome").asText();
      feedback.record(serviceId, outcome, item.path("overrideReason").path("reason").path("code").asText(null));
      metrics.feedback(outcome);
    }
    json(ctx, JsonNodeFactory.instance.objectNode());
  }

  /** Feedback counts per service and outcome, for the quality team. */
  public Map<String, Integer> feedbackCounts() {
    return feedback.counts();
  }

  private static String service(Context ctx) {
    String id = ctx.pathParam("id");
    if (!CdsServices.HOOKS.containsKey(id)) {
      throw new UnknownService(id);
    }
    return id;
  }

  private static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(body.toString());
  }

  /** Thrown when a request names a service VAPath does not offer. */
  static final class UnknownService extends HttpProblem {
    private static final long serialVersionUID = 1L;

    UnknownService(String id) {
      super(404, "not-found", "no CDS service \"" + id + "\" here; GET /cds-services lists them");
    }
  }
}
