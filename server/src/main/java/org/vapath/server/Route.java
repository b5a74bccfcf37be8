package org.vapath.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.vapath.registry.Role;

/**
 * One route of the server, a row of {@link Routes}' table: its method and path, who may call it,
 * the body it reads, what it answers, and its handler ({@code null} when this configuration does not
 * serve it: the registry's routes without a registry).
 */
record Route(HandlerType method, String path, Access access, Body body, Answer answer, Handler handler) {

  /** What a route answers, and so how its errors are answered. */
  enum Answer {
    /** An HTML page; an error is a page too, and 401 sends the browser to the sign-in page. */
    HTML,
    /** JSON (or a file of the API: Markdown, PDF, CSV); an error is an OperationOutcome. */
    JSON
  }

  /** The body a route reads. */
  enum Body {
    NONE,
    /** {@code application/json}. */
    JSON,
    /** {@code application/x-www-form-urlencoded}, with the form's CSRF field. */
    FORM
  }

  /** Who may call a route. */
  record Access(Who who, Set<Role> roles) {
    /** Anyone. */
    static final Access ANYONE = new Access(Who.ANYONE, Set.of());
    /** Anyone, to sign in: there is no session yet whose CSRF token the request could carry. */
    static final Access SIGN_IN = new Access(Who.SIGN_IN, Set.of());
    /** An EHR with a bearer JWT signed by a trusted issuer (unless in insecure development mode). */
    static final Access EHR_TOKEN = new Access(Who.EHR_TOKEN, Set.of());

    Access {
      roles = Set.copyOf(roles);
    }

    /** A signed-in user with one of {@code roles}. */
    static Access signedIn(Role... roles) {
      return new Access(Who.SIGNED_IN, Set.of(roles));
    }

    Role[] roleArray() {
      return roles.stream().sorted().toArray(Role[]::new);
    }

    @Override
    public String toString() {
      return who == Who.SIGNED_IN ? "signed in as " + Arrays.stream(roleArray()).map(Role::name)
          .collect(Collectors.joining(" or ")) : who.toString();
    }
  }

  /** The kinds of caller. */
  enum Who { ANYONE, SIGN_IN, EHR_TOKEN, SIGNED_IN }

  /** The path's first segment ({@code api} for {@code /api/cases}; empty for {@code /}). */
  String root() {
    return Routes.root(path);
  }

  @Override
  public String toString() {
    return method + " " + path + " (" + access + "; reads " + body + ", answers " + answer + ")";
  }
}
