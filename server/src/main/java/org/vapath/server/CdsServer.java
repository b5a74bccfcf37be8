package org.vapath.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.servlet.FilterHolder;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vapath.core.InputError;
import org.vapath.registry.RecordNotFound;
import org.vapath.registry.RegistryError;
import org.vapath.server.api.RegistryApi;
import org.vapath.server.auth.JwtAuthenticator;
import org.vapath.server.auth.SignInThrottle;
import org.vapath.server.cds.CdsHooks;
import org.vapath.server.ops.AccessLog;
import org.vapath.server.ops.Health;
import org.vapath.server.ops.OnlineBackup;
import org.vapath.server.ops.ServerMetrics;
import org.vapath.server.shared.InstanceState;
import org.vapath.server.web.WebApp;

/**
 * VAPath's HTTP server: the CDS Hooks service, and with a registry its REST API and pages.
 * {@link Routes} is the table of contents; each handler parses, calls the domain, renders. Every
 * request to {@code /cds-services} is authenticated unless the insecure development mode was chosen.
 * The access log carries the method, route template, status and time only, never a patient's data.
 */
public final class CdsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CdsServer.class);

  private final ServerConfig config;
  private final Javalin app;
  private final JwtAuthenticator authenticator;
  private final CdsHooks cds;
  private final Routes routes;
  private final ServerMetrics metrics = new ServerMetrics();
  private final InstanceState state;

  private CdsServer(ServerConfig config) {
    this.config = config;
    Clock clock = config.clock();
    this.state = InstanceState.of(config);
    this.authenticator = config.insecureDevelopmentMode() ? null : new JwtAuthenticator(config, state.replays());
    String base = config.publicUrl().toString().replaceAll("/+$", "");
    this.cds = new CdsHooks(config, clock, base, state.links(), metrics);
    this.routes = routes(config, cds, state, metrics);
    AccessLog access = accessLog(config, metrics);
    this.app = Javalin.create(javalin -> {
      javalin.showJavalinBanner = false;
      javalin.requestLogger.http(access::log);
      // The limit is BodyLimit's, enforced while reading; Javalin's own looks at Content-Length only.
      javalin.http.maxRequestSize = Long.MAX_VALUE;
      javalin.staticFiles.add(files -> {
        files.hostedPath = Routes.STATIC_FILES;
        files.directory = "/org/vapath/server/web/static";
        files.location = Location.CLASSPATH;
      });
      javalin.jetty.modifyServletContextHandler(handler -> sessionsAndLimits(handler, config, state));
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
    install(base);
  }

  /** The table, with the registry's API and pages when there is a registry. */
  private static Routes routes(ServerConfig config, CdsHooks cds, InstanceState state, ServerMetrics metrics) {
    Health health = new Health(config.pack(), config.registry());
    boolean openMetrics = config.operations().openMetrics();
    if (config.registry() == null) {
      return Routes.of(config.pack(), cds, null, null, health, metrics, openMetrics, null);
    }
    SignInThrottle throttle = new SignInThrottle(config.registry().accounts(), config.security().signIn(),
        config.clock(), metrics, state.failures());
    return Routes.of(config.pack(), cds, RegistryApi.of(config.registry(), config.pack(), throttle, config.clock()),
        WebApp.of(config.registry(), config.pack(), state.links(), throttle, config.clock()), health, metrics,
        openMetrics, new OnlineBackup(config.registry(), config.operations().backupFolder(), config.clock()));
  }

  /** The access log: JSON lines to standard output, or text to the {@code vapath.access} logger, unless told. */
  private static AccessLog accessLog(ServerConfig config, ServerMetrics metrics) {
    ServerConfig.Operations ops = config.operations();
    Consumer<String> sink = ops.accessLog();
    if (sink == null) {
      Logger access = LoggerFactory.getLogger("vapath.access");
      sink = ops.jsonLogs() ? System.out::println : access::info;
    }
    return new AccessLog(ops.jsonLogs(), sink, metrics, config.clock());
  }

  private static void sessionsAndLimits(org.eclipse.jetty.servlet.ServletContextHandler handler, ServerConfig config,
      InstanceState state) {
    // In the database when several instances share a PostgreSQL registry, so that any of them knows a user.
    state.sessions(handler.getSessionHandler());
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
    state.close();
  }

  private void install(String base) {
    SecurityHeaders headers = new SecurityHeaders(config.https());
    app.before(ctx -> headers.apply(ctx, routes.answer(ctx.path()) == Route.Answer.HTML));
    routes.install(app, ctx -> authenticate(ctx, base));
    exceptions();
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
      LOG.error("internal error on {} {}: {}", ctx.method(), AccessLog.route(ctx), e.getClass().getName());
      problem(ctx, 500, "exception", "internal error; the request was not processed", null);
    });
  }

  /** Checks the EHR's token, and leaves its issuer for the hooks. */
  private void authenticate(Context ctx, String base) {
    if (authenticator != null) {
      ctx.attribute(CdsHooks.ISSUER, authenticator.authenticate(ctx.header("Authorization"), base + ctx.path(),
          base + "/cds-services"));
    }
  }

  /** Feedback counts per service and outcome, for the quality team. */
  public java.util.Map<String, Integer> feedbackCounts() {
    return cds.feedbackCounts();
  }

  private static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(body.toString());
  }

  /** Answers an error: an HTML page for the web pages, an OperationOutcome for the APIs. */
  private void problem(Context ctx, int status, String code, String message, String expression) {
    if (routes.answer(ctx.path()) == Route.Answer.HTML && status != 413) {
      WebApp.error(ctx, status, message);
      return;
    }
    ctx.status(status);
    json(ctx, Problems.outcome(code, message, expression));
  }
}
