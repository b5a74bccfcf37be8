package org.vapath.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: cookies kept, redirects not followed, the page's CSRF token remembered. */
final class WebVisitor {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final int port;
  String csrf;

  WebVisitor(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(path)).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(page.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return page;
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  WebVisitor signIn(String user, String password) throws Exception {
    get("/login");
    HttpResponse<String> signedIn = post("/login", Map.of("_csrf", csrf, "username", user, "password", password));
    assertThat(signedIn.statusCode()).isEqualTo(303);
    get("/");
    return this;
  }

  Map<String, String> withToken(Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", csrf);
    return all;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
