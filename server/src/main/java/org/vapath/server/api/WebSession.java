package org.vapath.server.api;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.vapath.registry.Role;

/**
 * The signed-in user of the web application: a server-side session (the cookie carries only its
 * id: HttpOnly, SameSite=Strict, Secure over https), a new session id at every sign-in against
 * fixation, and a per-session CSRF token that every state-changing request must echo in the
 * {@code X-CSRF-Token} header.
 */
public final class WebSession {
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String USER = "vapath.user";
  private static final String ROLE = "vapath.role";
  private static final String CSRF = "vapath.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebSession() {
  }

  /** The signed-in user; the session is new, so an id set before sign-in is worthless. */
  static String signIn(Context ctx, String username, Role role) {
    HttpSession old = ctx.req().getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = ctx.req().getSession(true);
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    session.setAttribute(USER, username);
    session.setAttribute(ROLE, role);
    session.setAttribute(CSRF, csrf);
    return csrf;
  }

  static void signOut(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The user, when signed in with one of {@code roles}: 401 when not signed in, 403 with another role. */
  static String require(Context ctx, Role... roles) {
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

  /** Refuses a state-changing request whose CSRF header is not the session's token. */
  static void checkCsrf(Context ctx) {
    HttpSession session = ctx.req().getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(CSRF);
    String given = ctx.header(CSRF_HEADER);
    if (expected != null && (given == null || !java.security.MessageDigest.isEqual(expected.getBytes(
        java.nio.charset.StandardCharsets.US_ASCII), given.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))) {
      throw new Forbidden(403, "missing or wrong " + CSRF_HEADER + " header (from the sign-in answer)");
    }
  }

  /** Thrown when the user is not signed in (401) or not allowed (403). */
  public static final class Forbidden extends org.vapath.core.VapathException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Forbidden(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
