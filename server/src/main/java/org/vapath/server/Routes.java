package org.vapath.server;

import static org.vapath.server.Route.Access.ANYONE;
import static org.vapath.server.Route.Access.EHR_TOKEN;
import static org.vapath.server.Route.Access.SIGN_IN;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.Role;
import org.vapath.server.Route.Access;
import org.vapath.server.Route.Answer;
import org.vapath.server.Route.Body;
import org.vapath.server.api.RegistryApi;
import org.vapath.server.auth.WebSession;
import org.vapath.server.cds.CdsHooks;
import org.vapath.server.ops.Health;
import org.vapath.server.ops.OnlineBackup;
import org.vapath.server.ops.ServerMetrics;
import org.vapath.server.web.CasePages;
import org.vapath.server.web.WebApp;

/**
 * Every route of the server, in one table: the API's table of contents. A row says who may call
 * the route, what body it reads and whether it answers pages or JSON; {@link #install} enforces
 * the first two before the handler runs, and a failed request is answered as its route's kind
 * ({@link #answer}).
 */
final class Routes {
  private static final Access CLINICAL = Access.signedIn(Role.CLINICIAN, Role.ADMIN);
  private static final Access STAFF = Access.signedIn(Role.CLINICIAN, Role.AUDITOR, Role.ADMIN);
  private static final Access ADMIN = Access.signedIn(Role.ADMIN);
  /** The pages' style sheet and script, served from the classpath; their errors are JSON. */
  static final String STATIC_FILES = "/static";

  private final List<Route> table;
  private final Set<String> jsonRoots;

  private Routes(List<Route> table) {
    this.table = table;
    Set<String> roots = table.stream().filter(r -> r.answer() == Answer.JSON).map(Route::root).collect(Collectors
        .toCollection(HashSet::new));
    roots.add(root(STATIC_FILES));
    this.jsonRoots = Set.copyOf(roots);
    table.stream().filter(r -> r.answer() == Answer.HTML && jsonRoots.contains(r.root())).findAny().ifPresent(r -> {
      throw new IllegalStateException("pages and JSON share the path /" + r.root() + ": " + r);
    });
  }

  /**
   * The table. A {@code null} handler object leaves its rows without a handler: the registry's API
   * and pages without a registry. The rows stay, so that errors under their paths keep their kind.
   */
  static Routes of(KnowledgePack pack, CdsHooks cds, RegistryApi api, WebApp web) {
    return of(pack, cds, api, web, null, null, false, null);
  }

  /**
   * The table with the operations' rows: the probes open to anyone, and {@code /metrics} to anyone
   * when {@code openMetrics} (a scraper on the hospital's network), otherwise to administrators.
   */
  static Routes of(KnowledgePack pack, CdsHooks cds, RegistryApi api, WebApp web, Health health,
      ServerMetrics metrics, boolean openMetrics, OnlineBackup backup) {
    List<Route> rows = new ArrayList<>(List.of(
        // operations: the platform's probes and metrics scraper; no patient data
        get("/health/live", ANYONE, Answer.JSON, on(health, Health::live)),
        get("/health/ready", ANYONE, Answer.JSON, on(health, Health::ready)),
        get("/metrics", openMetrics ? ANYONE : ADMIN, Answer.JSON, on(metrics, (m, ctx) -> ctx
            .contentType("text/plain; version=0.0.4; charset=utf-8").result(m.scrape()))),
        post("/api/admin/backup", ADMIN, Body.NONE, Answer.JSON, on(backup, OnlineBackup::backup))));
    rows.addAll(domain(pack, cds, api, web));
    return new Routes(List.copyOf(rows));
  }

  private static List<Route> domain(KnowledgePack pack, CdsHooks cds, RegistryApi api, WebApp web) {
    List<Route> ehrAndApi = List.of(
        // CDS Hooks, for the EHR
        get("/cds-services", EHR_TOKEN, Answer.JSON, on(cds, CdsHooks::discovery)),
        post("/cds-services/{id}", EHR_TOKEN, Body.JSON, Answer.JSON, on(cds, CdsHooks::call)),
        post("/cds-services/{id}/feedback", EHR_TOKEN, Body.JSON, Answer.JSON, on(cds, CdsHooks::feedback)),
        get("/knowledge.md", ANYONE, Answer.JSON, on(web, WebApp::knowledgeMarkdown)),
        // the registry's REST API, described in /openapi.json
        get("/openapi.json", ANYONE, Answer.JSON, on(api, RegistryApi::openApi)),
        post("/api/login", SIGN_IN, Body.JSON, Answer.JSON, on(api, RegistryApi::login)),
        post("/api/logout", ANYONE, Body.NONE, Answer.JSON, on(api, RegistryApi::logout)),
        post("/api/cases", CLINICAL, Body.JSON, Answer.JSON, on(api, RegistryApi::createCase)),
        get("/api/cases", STAFF, Answer.JSON, on(api, RegistryApi::listCases)),
        get("/api/cases/{id}", STAFF, Answer.JSON, on(api, RegistryApi::getCase)),
        get("/api/cases/{id}/sheet.pdf", CLINICAL, Answer.JSON, on(api, RegistryApi::sheet)),
        get("/api/cases/{id}/procedures", STAFF, Answer.JSON, on(api, RegistryApi::procedures)),
        post("/api/cases/{id}/procedures", CLINICAL, Body.JSON, Answer.JSON, on(api, RegistryApi::recordProcedure)),
        post("/api/procedures/{id}/complications", CLINICAL, Body.JSON, Answer.JSON,
            on(api, RegistryApi::recordComplication)),
        post("/api/procedures/{id}/follow-ups", CLINICAL, Body.JSON, Answer.JSON, on(api, RegistryApi::recordFollowUp)),
        get("/api/audit", STAFF, Answer.JSON, on(api, RegistryApi::audit)),
        get("/api/audit.csv", STAFF, Answer.JSON, on(api, RegistryApi::auditCsv)),
        post("/api/accounts", ADMIN, Body.JSON, Answer.JSON, on(api, RegistryApi::createAccount)));
    return java.util.stream.Stream.concat(ehrAndApi.stream(), pages(web).stream()).toList();
  }

  /** The clinicians' pages. */
  private static List<Route> pages(WebApp web) {
    CasePages cases = web == null ? null : web.cases();
    return List.of(
        get("/login", ANYONE, Answer.HTML, on(web, WebApp::loginPage)),
        post("/login", SIGN_IN, Body.FORM, Answer.HTML, on(web, WebApp::login)),
        post("/logout", ANYONE, Body.FORM, Answer.HTML, on(web, WebApp::logout)),
        get("/", STAFF, Answer.HTML, on(web, WebApp::home)),
        get("/account/password", STAFF, Answer.HTML, on(web, WebApp::passwordPage)),
        post("/account/password", STAFF, Body.FORM, Answer.HTML, on(web, WebApp::changePassword)),
        get("/assess", CLINICAL, Answer.HTML, on(cases, CasePages::newForm)),
        post("/assess", CLINICAL, Body.FORM, Answer.HTML, on(cases, CasePages::assess)),
        post("/assess/edit", CLINICAL, Body.FORM, Answer.HTML, on(cases, CasePages::edit)),
        post("/assess/report", CLINICAL, Body.FORM, Answer.HTML, on(cases, CasePages::readReport)),
        post("/cases", CLINICAL, Body.FORM, Answer.HTML, on(cases, CasePages::save)),
        get("/cases/{id}", STAFF, Answer.HTML, on(cases, CasePages::show)),
        post("/cases/{id}/procedures", CLINICAL, Body.FORM, Answer.HTML, on(cases, CasePages::recordProcedure)),
        post("/procedures/{id}/complications", CLINICAL, Body.FORM, Answer.HTML,
            on(cases, CasePages::recordComplication)),
        post("/procedures/{id}/follow-ups", CLINICAL, Body.FORM, Answer.HTML, on(cases, CasePages::recordFollowUp)),
        get("/cds-assessments/{token}", CLINICAL, Answer.HTML, on(cases, CasePages::fromCard)),
        get("/audit", STAFF, Answer.HTML, on(web, WebApp::audit)),
        get("/knowledge", ANYONE, Answer.HTML, on(web, WebApp::knowledge)),
        get("/knowledge/sources/{name}", ANYONE, Answer.HTML, on(web, WebApp::source)));
  }

  List<Route> table() {
    return table;
  }

  /**
   * Registers every row that has a handler, behind its checks: the EHR's token ({@code ehrToken}),
   * the body's media type, the CSRF token, the role. A body is checked only on routes a browser's
   * cookie authorises: a form or a {@code text/plain} post from another site needs no CORS
   * preflight, so the type is what keeps other sites' pages out (login CSRF too); the EHR's calls
   * carry a token instead.
   */
  void install(Javalin app, Handler ehrToken) {
    for (Route route : table) {
      if (route.handler() != null) {
        app.addHttpHandler(route.method(), route.path(), ctx -> {
          check(route, ctx, ehrToken);
          route.handler().handle(ctx);
        });
      }
    }
  }

  private static void check(Route route, Context ctx, Handler ehrToken) throws Exception {
    Route.Who who = route.access().who();
    if (who == Route.Who.EHR_TOKEN) {
      ehrToken.handle(ctx);
      return;
    }
    if (route.body() == Body.JSON) {
      MediaTypes.requireJson(ctx);
    } else if (route.body() == Body.FORM) {
      MediaTypes.requireForm(ctx);
      WebApp.checkFieldCount(ctx.body());
      WebSession.checkForm(ctx);
    }
    if (route.answer() == Answer.JSON && route.method() != HandlerType.GET && who != Route.Who.SIGN_IN) {
      WebSession.checkCsrf(ctx);
    }
    if (who == Route.Who.SIGNED_IN) {
      WebSession.require(ctx, route.access().roleArray());
    }
  }

  /** What a request for {@code path} answers, a route's or not: pages unless the path is the API's. */
  Answer answer(String path) {
    return jsonRoots.contains(root(path)) ? Answer.JSON : Answer.HTML;
  }

  /** A path's first segment: {@code api} for {@code /api/cases/3}, empty for {@code /}. */
  static String root(String path) {
    int end = path.indexOf('/', 1);
    return path.length() < 2 ? "" : end < 0 ? path.substring(1) : path.substring(1, end);
  }

  /** A handler on {@code target}, or none without one. */
  private static <T> Handler on(T target, Endpoint<T> endpoint) {
    return target == null ? null : ctx -> endpoint.handle(target, ctx);
  }

  /** A handler method of a class, such as {@code RegistryApi::login}. */
  @FunctionalInterface
  private interface Endpoint<T> {
    void handle(T target, Context ctx) throws Exception;
  }

  private static Route get(String path, Access access, Answer answer, Handler handler) {
    return new Route(HandlerType.GET, path, access, Body.NONE, answer, handler);
  }

  private static Route post(String path, Access access, Body body, Answer answer, Handler handler) {
    return new Route(HandlerType.POST, path, access, body, answer, handler);
  }
}
