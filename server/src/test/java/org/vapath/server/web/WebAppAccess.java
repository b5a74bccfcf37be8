package org.vapath.server.web;

/** Test access to the pages' rules. */
public final class WebAppAccess {
  private WebAppAccess() {
  }

  public static String safeNext(String next) {
    return WebApp.safeNext(next);
  }
}
