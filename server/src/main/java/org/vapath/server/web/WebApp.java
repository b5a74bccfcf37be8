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
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.api.RegistryApi;
import org.vapath.server.api.SignInThrottle;
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

  /** A path of this site: one slash, then no second slash or backslash first, and printable ASCII only. */
  private static final java.util.regex.Pattern SAFE_NEXT = java.util.regex.Pattern.compile(
      "/(?![/\\\\])[A-Za-z0-9/._~%?=&#+\\-]{0,500}");

  /** The case form has about 30 fields and 8 per row of a list, at most 50 rows per list. */
  static final int MAX_FORM_FIELDS = 2_000;

  /** Compiled once: the error pages need them without an instance. */
  private static final Templates TEMPLATES = new Templates();
  private final Registry registry;
  private final CasePages cases;
  private final SignInThrottle throttle;

  private WebApp(Registry registry, KnowledgePack pack, CaseLinks links, SignInThrottle throttle, Clock clock) {
    this.registry = registry;
    this.throttle = throttle;
    this.cases = new CasePages(this, registry, pack, links, clock);
  }

  /** Installs the pages; {@code clock} says what "today" is for a case without an assessment date. */
  public static void install(Javalin app, Registry registry, KnowledgePack pack, CaseLinks links,
      SignInThrottle throttle, Clock clock) {
    WebApp web = new WebApp(registry, pack, links, throttle, clock);
    app.before(ctx -> {
      if (isPage(ctx) && ctx.method().name().equals("POST")) {
        requireForm(ctx);
        checkFieldCount(ctx.body());
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
    app.post("/assess/report", web.cases::readReport);
    app.post("/cases", web.cases::save);
    app.get("/cases/{id}", web.cases::show);
    app.post("/cases/{id}/procedures", web.cases::recordProcedure);
    app.post("/procedures/{id}/complications", web.cases::recordComplication);
    app.post("/procedures/{id}/follow-ups", web.cases::recordFollowUp);
    app.get("/cds-assessments/{token}", web.cases::fromCard);
    app.get("/audit", web::audit);
  }

  /** The pages' forms are sent as their browsers send them; any other body is refused before it is read (415). */
  private static void requireForm(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      throw new RegistryApi.UnsupportedMediaType(ctx.contentType(), "application/x-www-form-urlencoded");
    }
  }

  /**
   * Refuses a form with more fields than any page has, before it is parsed: every field becomes
   * objects of its own, so their number, more than the bytes, is what costs memory.
   */
  static void checkFieldCount(String body) {
    int fields = 1;
    for (int i = body.indexOf('&'); i >= 0; i = body.indexOf('&', i + 1)) {
      if (++fields > MAX_FORM_FIELDS) {
        throw new InputError("(form)", null, "has more than " + MAX_FORM_FIELDS + " fields; no page of VAPath has"
            + " as many");
      }
    }
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
    Optional<Role> role;
    String refusal = "Unknown user or wrong password.";
    int status = 401;
    try {
      role = username.isBlank() ? Optional.empty() : throttle.signIn(username, password, ctx.ip());
    } catch (SignInThrottle.TooManyAttempts e) {
      role = Optional.empty();
      refusal = capitalised(e.getMessage()) + ".";
      status = 429;
      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
    if (role.isEmpty()) {
      Map<String, Object> scope = scope(ctx, "Sign in");
      scope.put("csrf", WebSession.formToken(ctx));
      scope.put("next", safeNext(ctx.formParam("next")));
      scope.put("error", refusal);
      scope.put("username", username.length() <= 100 ? username : "");
      render(ctx, status, "login", scope);
      return;
    }
    WebSession.signIn(ctx, username, role.get());
    ctx.redirect(safeNext(ctx.formParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Only a path of this site, so that the sign-in page cannot send anyone elsewhere. Browsers drop
   * tabs and line breaks from a URL and read a backslash as a slash ({@code /<TAB>/evil.example} is
   * {@code //evil.example}), so only the characters of a plain path and query are allowed.
   */
  static String safeNext(String next) {
    return next != null && SAFE_NEXT.matcher(next).matches() ? next : "/";
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
