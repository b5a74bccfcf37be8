package org.vapath.server.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The pages' Mustache templates (HTML-escaped by default), compiled once from the class path. */
final class Templates {
  private final MustacheFactory factory = new DefaultMustacheFactory("org/vapath/server/web/templates");

  String render(String name, Map<String, Object> scope) {
    StringWriter out = new StringWriter(8192);
    try {
      factory.compile(name + ".mustache").execute(out, scope).flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
