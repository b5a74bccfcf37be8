package org.vapath.server.web;

import java.time.Clock;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.EtiologyAudit;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.auth.SignInThrottle;
import org.vapath.server.auth.WebSession;

/**
 * The clinician's web pages, served at {@code /}: sign-in, the recent cases, the case form and its
 * result, a stored case with its procedures, and the audit dashboard. Pages are rendered on the
 * server; every form that changes something carries the session's CSRF token, which the server's
 * routes table checks with the role before a handler runs.
 */
public final class WebApp {

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
  private final KnowledgePack pack;
  /** The pack as HTML: the pack does not change while the server runs, so it is rendered once. */
  private final String knowledgeHtml;

  private WebApp(Registry registry, KnowledgePack pack, CaseLinks links, SignInThrottle throttle, Clock clock) {
    this.registry = registry;
    this.pack = pack;
    this.knowledgeHtml = KnowledgePage.html(pack);
    this.throttle = throttle;
    this.cases = new CasePages(this, registry, pack, links, clock);
  }

  /** The pages' handlers; {@code clock} says what "today" is for a case without an assessment date. */
  public static WebApp of(Registry registry, KnowledgePack pack, CaseLinks links, SignInThrottle throttle,
      Clock clock) {
    return new WebApp(registry, pack, links, throttle, clock);
  }

  /** The case pages' handlers. */
  public CasePages cases() {
    return cases;
  }

  /**
   * Refuses a form with more fields than any page has, before it is parsed: every field becomes
   * objects of its own, so their number, more than the bytes, is what costs memory.
   */
  public static void checkFieldCount(String body) {
    int fields = 1;
    for (int i = body.indexOf('&'); i >= 0; i = body.indexOf('&', i + 1)) {
      if (++fields > MAX_FORM_FIELDS) {
        throw new InputError("(form)", null, "has more than " + MAX_FORM_FIELDS + " fields; no page of VAPath has"
            + " as many");
      }
    }
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
    scope.put("sourceLinks", SOURCE_LINKS);
    return scope;
  }

  /**
   * Each source id of a rendered "[REF; SIR-HEM]" as a link to its entry on the knowledge page; the
   * text comes in already escaped, and only a plain id becomes a link.
   */
  private static final java.util.function.Function<String, String> SOURCE_LINKS = text -> {
    java.util.List<String> links = new java.util.ArrayList<>();
    for (String id : text.strip().split("; ")) {
      links.add(id.matches("[A-Za-z0-9-]+")
          ? "<a href=\"/knowledge#" + KnowledgePage.sourceAnchor(id) + "\">" + id + "</a>" : id);
    }
    return String.join("; ", links);
  };

  /** The knowledge pack as Markdown, for tools and for reading the source of the page. */
  public void knowledgeMarkdown(Context ctx) {
    ctx.contentType("text/markdown; charset=utf-8").result(org.vapath.core.text.KnowledgeMarkdown.render(pack));
  }

  public void knowledge(Context ctx) {
    Map<String, Object> scope = scope(ctx, "Knowledge pack");
    scope.put("knowledgeHtml", knowledgeHtml);
    render(ctx, 200, "knowledge", scope);
  }

  /** {@code GET /knowledge/sources/{name}}: a document the pack cites, as the repository ships it. */
  public void source(Context ctx) {
    String name = ctx.pathParam("name");
    byte[] document = KnowledgePage.SOURCE_DOCUMENTS.get(name);
    if (document == null) {
      throw new NoSuchDocument(name);
    }
    ctx.contentType((name.endsWith(".md") ? "text/markdown" : "text/plain") + "; charset=utf-8").result(document);
  }

  /** A source document the server does not ship. */
  static final class NoSuchDocument extends org.vapath.server.HttpProblem {
    private static final long serialVersionUID = 1L;

    NoSuchDocument(String name) {
      super(404, "not-found", "no source document \"" + name + "\"; /knowledge lists the sources");
    }
  }

  void render(Context ctx, int status, String template, Map<String, Object> scope) {
    ctx.status(status).html(TEMPLATES.render(template, scope));
  }

  public void loginPage(Context ctx) {
    Map<String, Object> scope = scope(ctx, "Sign in");
    scope.put("csrf", WebSession.formToken(ctx));
    scope.put("next", safeNext(ctx.queryParam("next")));
    render(ctx, 200, "login", scope);
  }

  public void login(Context ctx) {
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
    // a generated first password is for the first sign-in only: the next page asks for the user's own
    String next = registry.accounts().mustChangePassword(username) ? "/account/password"
        : safeNext(ctx.formParam("next"));
    ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void passwordPage(Context ctx) {
    passwordForm(ctx, 200, null, false);
  }

  /** Changes the signed-in user's password: the current one, then the new one twice. */
  public void changePassword(Context ctx) {
    String user = WebSession.user(ctx);
    char[] current = ctx.formParamAsClass("currentPassword", String.class).getOrDefault("").toCharArray();
    char[] chosen = ctx.formParamAsClass("newPassword", String.class).getOrDefault("").toCharArray();
    char[] again = ctx.formParamAsClass("newPasswordAgain", String.class).getOrDefault("").toCharArray();
    try {
      if (!java.util.Arrays.equals(chosen, again)) {
        throw new InputError("newPasswordAgain", null, "differs from the new password; type the same twice");
      }
      registry.accounts().changePassword(user, current, chosen);
      passwordForm(ctx, 200, null, true);
    } catch (InputError e) {
      passwordForm(ctx, 400, e, false);
    } finally {
      java.util.Arrays.fill(current, ' ');
      java.util.Arrays.fill(chosen, ' ');
      java.util.Arrays.fill(again, ' ');
    }
  }

  private void passwordForm(Context ctx, int status, InputError error, boolean changed) {
    Map<String, Object> scope = scope(ctx, "Your password");
    scope.put("mustChange", !changed && registry.accounts().mustChangePassword(WebSession.user(ctx)));
    scope.put("changed", changed);
    scope.put("minimum", org.vapath.registry.Accounts.MINIMUM_PASSWORD_LENGTH);
    scope.put("maximum", org.vapath.registry.Accounts.MAXIMUM_PASSWORD_BYTES);
    if (error != null) {
      scope.put("error", switch (error.field()) {
        case "currentPassword" -> "Current password: ";
        case "newPasswordAgain" -> "New password, again: ";
        default -> "New password: ";
      } + error.problem());
    }
    render(ctx, status, "password", scope);
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

  public void logout(Context ctx) {
    WebSession.signOut(ctx);
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void home(Context ctx) {
    Map<String, Object> scope = scope(ctx, "Cases");
    scope.put("cases", registry.recentCases(50).stream().map(c -> Map.of("id", c.id(), "ref",
        c.caseRef() == null ? "(no reference)" : c.caseRef(), "decision", FormField.words(c.decision()),
        "decisionClass", "decision-" + c.decision().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        "createdAt", c.createdAt().toLocalDate().toString(), "createdBy", c.createdBy())).toList());
    render(ctx, 200, "home", scope);
  }

  public void audit(Context ctx) {
    Map<String, Object> scope = scope(ctx, "Outcome audit");
    List<EtiologyAudit> audit = registry.audit(); // one read of the outcomes for both tables
    scope.putAll(AuditView.of(audit, registry.painCourses()));
    scope.put("functionRows", FunctionAuditView.rows(audit));
    scope.put("functionDefinition", FunctionAuditView.definition(pack.outcomes()));
    scope.put("functionSource", pack.outcomes().functionSource());
    render(ctx, 200, "audit", scope);
  }
}
