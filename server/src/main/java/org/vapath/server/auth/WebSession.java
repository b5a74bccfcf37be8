package org.vapath.server.auth;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.vapath.registry.Role;
import org.vapath.server.HttpProblem;

/**
 * The signed-in user of the web application: a server-side session (the cookie carries only its
 * id: HttpOnly, SameSite=Strict, Secure over https), a new session id at every sign-in against
 * fixation, and a per-session CSRF token that every state-changing request must echo in the
 * {@code X-CSRF-Token} header.
 */
public final class WebSession {
  static final String CSRF_HEADER = "X-CSRF-Token";
  /** The hidden field of every form that changes something. */
  public static final String FORM_FIELD = "_csrf";
  private static final String USER = "vapath.user";
  private static final String ROLE = "vapath.role";
  private static final String CSRF = "vapath.csrf";
  /** The cookie of the sign-in form's token, before there is a session. */
  private static final String SIGN_IN_COOKIE = "vapath-sign-in";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebSession() {
  }

  /** The signed-in user; the session is new, so an id set before sign-in is worthless. */
  public static String signIn(Context ctx, String username, Role role) {
    HttpSession old = ctx.req().getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = ctx.req().getSession(true);
    String csrf = newToken();
    session.setAttribute(USER, username);
    session.setAttribute(ROLE, role);
    session.setAttribute(CSRF, csrf);
    return csrf;
  }

  public static void signOut(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The user, when signed in with one of {@code roles}: 401 when not signed in, 403 with another role. */
  public static String require(Context ctx, Role... roles) {
    HttpSession session = ctx.req().getSession(false);
    if (session == null || session.getAttribute(USER) == null) {
      throw new Forbidden(401, "sign in first: POST /api/login");
    }
    Role role = (Role) session.getAttribute(ROLE);
    if (!Set.of(roles).contains(role)) {
      throw new Forbidden(403, "the role " + role + " may not do this; it needs " + Arrays.toString(roles));
    }
    return (String) session.getAttribute(USER);
  }

  /**
   * The signed-in user's name, for a handler whose route the routes table has let through (it checked
   * the role); 401 if there is no session after all.
   */
  public static String user(Context ctx) {
    return current(ctx).orElseThrow(() -> new Forbidden(401, "sign in first: POST /api/login")).username();
  }

  /** Whether a request comes from a signed-in session (without making one). */
  public static boolean signedIn(HttpServletRequest request) {
    try {
      HttpSession session = request.getSession(false);
      return session != null && session.getAttribute(USER) != null;
    } catch (IllegalStateException e) {
      return false; // invalidated meanwhile: signed out
    }
  }

  /** The signed-in user and role, if any. */
  public static Optional<SignedIn> current(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    if (session == null || session.getAttribute(USER) == null) {
      return Optional.empty();
    }
    return Optional.of(new SignedIn((String) session.getAttribute(USER), (Role) session.getAttribute(ROLE),
        (String) session.getAttribute(CSRF)));
  }

  /** A user as the pages show them, with the token their forms carry. */
  public record SignedIn(String username, Role role, String csrf) {
  }

  /**
   * The CSRF token of this browser's forms: its session's once signed in; before, for the sign-in
   * form, a token in a cookie of its own (the form must echo it), so that no session, which the server
   * would have to keep, is made for anyone who merely asks for the sign-in page.
   */
  public static String formToken(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    String csrf = session == null ? null : (String) session.getAttribute(CSRF);
    return csrf != null ? csrf : signInToken(ctx);
  }

  private static String signInToken(Context ctx) {
    String token = ctx.cookie(SIGN_IN_COOKIE);
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      token = newToken();
      boolean secure = ctx.req().isSecure() || ctx.req().getServletContext().getSessionCookieConfig().isSecure();
      ctx.res().addHeader("Set-Cookie", SIGN_IN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict"
          + (secure ? "; Secure" : ""));
    }
    return token;
  }

  /**
   * Refuses a form post whose {@code _csrf} field is not the session's token (or, for the sign-in
   * form, its cookie's); pages have no other defence.
   */
  public static void checkForm(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(CSRF);
    if (expected == null && ctx.path().equals("/login")) {
      expected = ctx.cookie(SIGN_IN_COOKIE);
    }
    if (expected == null || !same(expected, ctx.formParam(FORM_FIELD))) {
      throw new Forbidden(403, "the form has expired or did not come from this site; reload the page and try again");
    }
  }

  private static boolean same(String expected, String given) {
    return given != null && java.security.MessageDigest.isEqual(expected.getBytes(
        java.nio.charset.StandardCharsets.US_ASCII), given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static String newToken() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /** Refuses a state-changing request whose CSRF header is not the session's token. */
  public static void checkCsrf(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(CSRF);
    String given = ctx.header(CSRF_HEADER);
    if (expected != null && !same(expected, given)) {
      throw new Forbidden(403, "missing or wrong " + CSRF_HEADER + " header (from the sign-in answer)");
    }
  }

  /** Thrown when the user is not signed in (401) or not allowed (403). */
  public static final class Forbidden extends HttpProblem {
    private static final long serialVersionUID = 1L;

    public Forbidden(int status, String message) {
      super(status, status == 401 ? "login" : "forbidden", message);
    }
  }
}
