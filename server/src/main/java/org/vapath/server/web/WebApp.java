package org.vapath.server.web;

import java.time.Clock;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.api.WebSession;

/**
 * The clinician's web pages, served at {@code /}: sign-in, the recent cases, the case form and its
 * result, a stored case with its procedures, and the audit dashboard. Pages are rendered on the
 * server; every form that changes something carries the session's CSRF token. The routes below
 * are the pages' table of contents.
 */
public final class WebApp {
  static final Role[] CLINICAL = {Role.CLINICIAN, Role.ADMIN};
  static final Role[] ANYONE = {Role.CLINICIAN, Role.AUDITOR, Role.ADMIN};
  private static final List<String> NOT_PAGES = List.of("/api/", "/cds-services", "/openapi.json", "/knowledge",
      "/static/");

  /** Compiled once: the error pages need them without an instance. */
  private static final Templates TEMPLATES = new Templates();
  private final Registry registry;
  private final CasePages cases;

  private WebApp(Registry registry, KnowledgePack pack, CaseLinks links, Clock clock) {
    this.registry = registry;
    this.cases = new CasePages(this, registry, pack, links, clock);
  }

  /** Installs the pages; {@code clock} says what "today" is for a case without an assessment date. */
  public static void install(Javalin app, Registry registry, KnowledgePack pack, CaseLinks links, Clock clock) {
    WebApp web = new WebApp(registry, pack, links, clock);
    app.before(ctx -> {
      if (isPage(ctx) && ctx.method().name().equals("POST")) {
        WebSession.checkForm(ctx);
      }
      if (isPage(ctx)) {
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'self'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
      }
    });
    app.get("/login", web::loginPage);
    app.post("/login", web::login);
    app.post("/logout", ctx -> {
      WebSession.signOut(ctx);
      ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    app.get("/", web::home);
    app.get("/assess", web.cases::newForm);
    app.post("/assess", web.cases::assess);
    app.post("/assess/edit", web.cases::edit);
    app.post("/cases", web.cases::save);
    app.get("/cases/{id}", web.cases::show);
    app.post("/cases/{id}/procedures", web.cases::recordProcedure);
    app.post("/procedures/{id}/complications", web.cases::recordComplication);
    app.post("/procedures/{id}/follow-ups", web.cases::recordFollowUp);
    app.get("/cds-assessments/{token}", web.cases::fromCard);
    app.get("/audit", web::audit);
  }

  /** Whether a request is for a page (answered in HTML) rather than for an API. */
  public static boolean isPage(Context ctx) {
    String path = ctx.path();
    return NOT_PAGES.stream().noneMatch(path::startsWith);
  }

  /** Answers a page request that failed: sign-in for 401, a page with the message otherwise. */
  public static void error(Context ctx, int status, String message) {
    if (status == 401) {
      ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8),
          io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    Map<String, Object> scope = new HashMap<>();
    scope.put("title", status == 404 ? "Not found" : status == 403 ? "Not allowed" : "Cannot do this");
    scope.put("message", message);
    WebSession.current(ctx).ifPresent(user -> scope.put("user", user));
    ctx.status(status).html(TEMPLATES.render("error", scope));
  }

  Map<String, Object> scope(Context ctx, String title) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("title", title);
    Optional<WebSession.SignedIn> user = WebSession.current(ctx);
    user.ifPresent(u -> {
      scope.put("user", u);
      scope.put("csrf", u.csrf());
      scope.put("clinical", u.role() != Role.AUDITOR);
    });
    return scope;
  }

  void render(Context ctx, int status, String template, Map<String, Object> scope) {
    ctx.status(status).html(TEMPLATES.render(template, scope));
  }

  private void loginPage(Context ctx) {
    Map<String, Object> scope = scope(ctx, "Sign in");
    scope.put("csrf", WebSession.formToken(ctx));
    scope.put("next", safeNext(ctx.queryParam("next")));
    render(ctx, 200, "login", scope);
  }

  private void login(Context ctx) {
    String username = ctx.formParamAsClass("username", String.class).getOrDefault("");
    char[] password = ctx.formParamAsClass("password", String.class).getOrDefault("").toCharArray();
    Optional<Role> role = username.isBlank() ? Optional.empty()
        : registry.accounts().authenticate(username, password);
    if (role.isEmpty()) {
      Map<String, Object> scope = scope(ctx, "Sign in");
      scope.put("csrf", WebSession.formToken(ctx));
      scope.put("next", safeNext(ctx.formParam("next")));
      scope.put("error", "Unknown user or wrong password.");
      scope.put("username", username);
      render(ctx, 401, "login", scope);
      return;
    }
    WebSession.signIn(ctx, username, role.get());
    ctx.redirect(safeNext(ctx.formParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** Only a path of this site, so that the sign-in page cannot send anyone elsewhere. */
  private static String safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
  }

  private void home(Context ctx) {
    WebSession.require(ctx, ANYONE);
    Map<String, Object> scope = scope(ctx, "Cases");
    scope.put("cases", registry.recentCases(50).stream().map(c -> Map.of("id", c.id(), "ref",
        c.caseRef() == null ? "(no reference)" : c.caseRef(), "decision", FormField.words(c.decision()),
        "decisionClass", "decision-" + c.decision().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        "createdAt", c.createdAt().toLocalDate().toString(), "createdBy", c.createdBy())).toList());
    render(ctx, 200, "home", scope);
  }

  private void audit(Context ctx) {
    WebSession.require(ctx, ANYONE);
    Map<String, Object> scope = scope(ctx, "Outcome audit");
    scope.putAll(AuditView.of(registry.audit(), registry.painCourses()));
    render(ctx, 200, "audit", scope);
  }
}
