package org.vapath.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.servlet.FilterHolder;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vapath.core.InputError;
import org.vapath.core.text.KnowledgeMarkdown;
import org.vapath.registry.RecordNotFound;
import org.vapath.registry.RegistryError;
import org.vapath.server.api.RegistryApi;
import org.vapath.server.api.SignInThrottle;
import org.vapath.server.web.CaseLinks;
import org.vapath.server.web.WebApp;

/**
 * VAPath's HTTP server: the CDS Hooks service. The routes below are the API's table of contents;
 * each handler parses, calls the hook service, renders. Every request to {@code /cds-services}
 * is authenticated unless the insecure development mode was chosen. Logs carry the method, path,
 * status and time only, never a patient's data.
 */
public final class CdsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CdsServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The request attribute holding the authenticated EHR's issuer. */
  static final String ISSUER = "vapath.issuer";

  private final ServerConfig config;
  private final Javalin app;
  private final JwtAuthenticator authenticator;
  private final HookService hooks;
  private final FeedbackLog feedback = new FeedbackLog();
  /** The cases behind the cards' links to the assessment page: a clinician's working day. */
  private static final Duration LINK_LIFETIME = Duration.ofHours(12);
  private final CaseLinks links;

  private CdsServer(ServerConfig config) {
    this.config = config;
    Clock clock = config.clock();
    this.authenticator = config.insecureDevelopmentMode() ? null : new JwtAuthenticator(config);
    String base = config.publicUrl().toString().replaceAll("/+$", "");
    this.links = config.registry() == null ? null : new CaseLinks(clock, LINK_LIFETIME, 10_000);
    this.hooks = new HookService(config.pack(), new FhirFetcher(config.security().fhirMaxBytes(),
        config.security().fhirTimeout()), clock, base, links, new FhirServers(config));
    this.app = Javalin.create(javalin -> {
      javalin.showJavalinBanner = false;
      // The limit is BodyLimit's, enforced while reading; Javalin's own looks at Content-Length only.
      javalin.http.maxRequestSize = Long.MAX_VALUE;
      javalin.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/org/vapath/server/web/static";
        files.location = Location.CLASSPATH;
      });
      javalin.jetty.modifyServletContextHandler(handler -> sessionsAndLimits(handler, config));
      if (config.security().trustProxyHeaders()) {
        javalin.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
      }
      // Cross-origin calls are the EHR's browser apps calling the hooks with a bearer token; the registry API
      // and the pages, which rest on a cookie, answer no other origin.
      javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
        rule.path = "/cds-services*";
        if (config.corsOrigins().isEmpty() || config.corsOrigins().contains("*")) {
          rule.anyHost();
        } else {
          rule.allowHost(config.corsOrigins().get(0), config.corsOrigins().subList(1, config.corsOrigins().size())
              .toArray(String[]::new));
        }
      }));
    });
    routes(base);
  }

  private static void sessionsAndLimits(org.eclipse.jetty.servlet.ServletContextHandler handler, ServerConfig config) {
    handler.getSessionHandler().setHttpOnly(true);
    handler.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.STRICT);
    // Secure always when the public URL is https (the proxy speaks plain http to us); otherwise when the
    // request itself is secure, which a proxy's X-Forwarded-Proto makes it only when trusted.
    handler.getSessionHandler().getSessionCookieConfig().setSecure(config.https());
    handler.getSessionHandler().setSecureRequestOnly(true);
    handler.getSessionHandler().setMaxInactiveInterval(30 * 60);
    handler.addFilter(new FilterHolder(new BodyLimit(config.maxRequestBytes())), "/*",
        EnumSet.of(DispatcherType.REQUEST));
  }

  /** Starts the server on the configured port (0: any free port), on the configuration's clock. */
  public static CdsServer start(ServerConfig config) {
    CdsServer server = new CdsServer(config);
    server.app.start(config.port());
    if (config.insecureDevelopmentMode()) {
      LOG.warn("INSECURE DEVELOPMENT MODE: requests are NOT authenticated. Never use this with real patients.");
    }
    LOG.info("VAPath CDS Hooks service on port {}", server.port());
    return server;
  }

  /** Starts the server on another clock than the configuration's (a test's fixed day). */
  static CdsServer start(ServerConfig config, Clock clock) {
    return start(config.withClock(clock));
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes(String base) {
    SecurityHeaders headers = new SecurityHeaders(config.https());
    app.before(headers::apply);
    app.before("/cds-services*", ctx -> guard(ctx, base));
    String discovery = CdsServices.discovery(config.pack()).toString(); // the same for every call
    app.get("/cds-services", ctx -> ctx.contentType("application/json").result(discovery));
    app.post("/cds-services/{id}", ctx -> json(ctx, hooks.answer(service(ctx), ctx.body(), ctx.attribute(ISSUER))));
    app.post("/cds-services/{id}/feedback", ctx -> json(ctx, feedback(service(ctx), ctx.body())));
    app.get("/knowledge", ctx -> ctx.contentType("text/markdown; charset=utf-8")
        .result(KnowledgeMarkdown.render(config.pack())));
    if (config.registry() != null) {
      // Lockouts run on the wall clock, not on the configuration's calendar day.
      SignInThrottle throttle = new SignInThrottle(config.registry().accounts(), config.security().signIn(),
          Clock.systemUTC());
      RegistryApi.install(app, config.registry(), config.pack(), throttle, config.clock());
      WebApp.install(app, config.registry(), config.pack(), links, throttle, config.clock());
    }
    exceptions();
    app.after(ctx -> LOG.info("{} {} {}", ctx.method(), ctx.path(), ctx.statusCode()));
  }

  /**
   * One family: the server's own problems carry their status (and when to try again); core's and the
   * registry's refusals of input are 400 (404 for a record that does not exist); anything else is a
   * bug, a 500, never passed off as bad input.
   */
  private void exceptions() {
    app.exception(HttpProblem.class, (e, ctx) -> {
      if (e.retryAfterSeconds() > 0) {
        ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
      }
      problem(ctx, e.status(), e.code(), e.getMessage(), null);
    });
    app.exception(InputError.class, (e, ctx) -> problem(ctx, 400, "invalid", e.getMessage(), e.field()));
    app.exception(RecordNotFound.class, (e, ctx) -> problem(ctx, 404, "not-found", e.getMessage(), null));
    app.exception(RegistryError.class, (e, ctx) -> problem(ctx, 400, "invalid", e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on {} {}: {}", ctx.method(), ctx.path(), e.getClass().getName());
      problem(ctx, 500, "exception", "internal error; the request was not processed", null);
    });
  }

  private void guard(Context ctx, String base) {
    if (ctx.method().name().equals("OPTIONS")) {
      return; // CORS preflight carries no credentials
    }
    if (authenticator != null) {
      ctx.attribute(ISSUER, authenticator.authenticate(ctx.header("Authorization"), base + ctx.path(),
          base + "/cds-services"));
    }
  }

  private static String service(Context ctx) {
    String id = ctx.pathParam("id");
    if (!CdsServices.HOOKS.containsKey(id)) {
      throw new UnknownService(id);
    }
    return id;
  }

  /** Thrown when a request names a service VAPath does not offer. */
  static final class UnknownService extends HttpProblem {
    private static final long serialVersionUID = 1L;

    UnknownService(String id) {
      super(404, "not-found", "no CDS service \"" + id + "\" here; GET /cds-services lists them");
    }
  }

  private ObjectNode feedback(String serviceId, String body) {
    JsonNode root = StrictJson.read(body, "(request)");
    JsonNode items = root == null ? null : root.get("feedback");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw new InputError("feedback", null, "is required: a non-empty array of card outcomes");
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String outcome = item.path("outcome").asText("");
      if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
        throw new InputError("feedback[" + i + "].outcome", null, "must be accepted or overridden");
      }
      String reason = item.path("overrideReason").path("reason").path("code").asText(null);
      feedback.record(serviceId, outcome, reason);
    }
    return JSON.createObjectNode();
  }

  /** Feedback counts per service and outcome, for the quality team. */
  public java.util.Map<String, Integer> feedbackCounts() {
    return feedback.counts();
  }

  private static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(body.toString());
  }

  /** Answers an error: an HTML page for the web pages, an OperationOutcome for the APIs. */
  private static void problem(Context ctx, int status, String code, String message, String expression) {
    if (WebApp.isPage(ctx) && status != 413) {
      WebApp.error(ctx, status, message);
      return;
    }
    ctx.status(status);
    json(ctx, Problems.outcome(code, message, expression));
  }
}
