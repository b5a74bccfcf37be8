package org.vapath.server.ops;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.Registry;

/**
 * {@code /health/live} and {@code /health/ready}, for the platform's probes. Live says the process
 * answers; ready says it can do its work: the knowledge pack is loaded and, when the server has a
 * registry, the registry answers. Neither says anything about a patient.
 */
public final class Health {
  private final KnowledgePack pack;
  private final Registry registry;

  /** The checks for {@code pack} and {@code registry} ({@code null}: a server without a registry). */
  public Health(KnowledgePack pack, Registry registry) {
    this.pack = pack;
    this.registry = registry;
  }

  /** {@code GET /health/live}: 200 while the process answers at all. */
  public void live(Context ctx) {
    ctx.json(JsonNodeFactory.instance.objectNode().put("status", "live"));
  }

  /** {@code GET /health/ready}: 200 when every check passes, else 503 naming the ones that failed. */
  public void ready(Context ctx) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode checks = body.putObject("checks");
    boolean packLoaded = pack != null && !pack.version().isBlank();
    checks.put("knowledgePack", packLoaded ? "loaded" : "not loaded");
    boolean registryUp = true;
    if (registry != null) {
      registryUp = registry.reachable();
      checks.put("registry", registryUp ? "reachable" : "unreachable");
    }
    boolean ready = packLoaded && registryUp;
    body.put("status", ready ? "ready" : "not ready");
    ctx.status(ready ? 200 : 503).contentType("application/json").result(body.toString());
  }
}
