package org.vapath.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vapath.core.Vignettes;
import org.vapath.core.testing.Mutations;
import org.vapath.server.cds.HookRequests;

/**
 * The requests of the HTTP fuzz test, from a seed: every route of the server (pages, registry API,
 * CDS Hooks, static files), with valid bodies mutated, random bytes, random form fields, and headers
 * a careless client or an attacker would send (types, tokens, cookies, proxies, origins).
 */
final class HttpFuzzCases {
  /** One request: method, path, headers and body. */
  record Request(String method, String path, Map<String, String> headers, byte[] body) {
    String describe() {
      String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
      return method + " " + path + " " + headers + " body(" + body.length + "): " + text.replaceAll("\\p{Cntrl}", "?");
    }
  }

  /** What the fuzz may use as a signed-in user: the cookies and tokens of real sessions, and real ids. */
  record Keys(String apiCookie, String apiCsrf, String pageCookie, String pageCsrf, long caseId, long procedureId,
      Ehr ehr, String publicUrl) {
  }

  private static final List<String> VIGNETTES = List.of("P01-osteoporotic-classic", "P02-malignant-indicated",
      "P06-local-infection", "P18-warfarin-high-inr");
  private static final String[] PAGES_GET = {"/", "/login", "/assess", "/cases/{id}", "/audit",
      "/cds-assessments/{token}", "/knowledge", "/openapi.json", "/static/vapath.css", "/static/../pom.xml",
      "/no-such-page"};
  private static final String[] API_GET = {"/api/cases", "/api/cases?limit={n}", "/api/cases/{id}",
      "/api/cases/{id}/sheet.pdf", "/api/cases/{id}/procedures", "/api/audit", "/api/audit.csv", "/cds-services"};
  private static final String[] FORMS = {"/login", "/logout", "/assess", "/assess/edit", "/cases",
      "/cases/{id}/procedures", "/procedures/{pid}/complications", "/procedures/{pid}/follow-ups"};
  private static final String[] FORM_FIELDS = {"caseId", "assessedOn", "pain.status", "pain.nrs", "pain.onset",
      "labs[0].test", "labs[0].value", "labs[0].unit", "labs[0].date", "labs[2147483646].test", "labs[99999999999].x",
      "fractures[0].level", "fractures[0].etiology", "fractures[0].heightLossPercent", "fractures.recorded",
      "medications[0].name", "medications.recorded", "allergies", "patient.ageYears", "performedOn", "technique",
      "approach", "guidance", "operator", "levels[0].level", "levels[0].cementMl", "seenOn", "painNrs", "odi",
      "code", "description", "severity", "occurredOn", "username", "password", "next", "case", "_csrf"};
  private static final String[] TYPES = {"application/json", "application/json; charset=utf-8",
      "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x", "application/xml",
      "application/fhir+json", "", "garbage/\u00e9"};

  private final Random random;
  private final Mutations mutations;
  private final Keys keys;
  private final List<String> cases = new ArrayList<>();
  private final List<String> hooks = new ArrayList<>();

  HttpFuzzCases(Random random, Keys keys) {
    this.random = random;
    this.mutations = new Mutations(random);
    this.keys = keys;
    for (String vignette : VIGNETTES) {
      cases.add(Vignettes.read("/vignettes/" + vignette + ".case.json"));
      hooks.add(HookRequests.forVignette(random.nextBoolean() ? "patient-view" : "order-sign", vignette,
          random.nextBoolean() ? "22513" : null));
    }
  }

  Request next() {
    return switch (random.nextInt(12)) {
      case 0, 1 -> get(pick(PAGES_GET));
      case 2 -> get(pick(API_GET));
      case 3, 4 -> form(pick(FORMS));
      case 5, 6 -> hook();
      case 7 -> api("/api/cases", mutations.document(pick(cases)));
      case 8 -> api(pick(new String[] {"/api/cases/{id}/procedures", "/api/procedures/{pid}/complications",
          "/api/procedures/{pid}/follow-ups", "/api/accounts"}), mutations.document(registryBody()));
      case 9 -> api("/api/login", mutations.document("{\"username\":\"dr.a\",\"password\":\"wrong password\"}"));
      case 10 -> odd();
      default -> new Request(pick(new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"}),
          path(pick(random.nextBoolean() ? API_GET : PAGES_GET)), headers(), mutations.noise());
    };
  }

  private Request get(String template) {
    return new Request("GET", path(template), headers(), new byte[0]);
  }

  private Request form(String template) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = random.nextInt(12); i > 0; i--) {
      fields.put(random.nextInt(6) == 0 ? mutations.text() : pick(FORM_FIELDS), formValue());
    }
    if (random.nextInt(4) != 0) {
      fields.put("_csrf", keys.pageCsrf());
    }
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(encode(name)).append('=')
        .append(encode(value)));
    Map<String, String> headers = headers();
    headers.put("Content-Type", random.nextInt(5) == 0 ? pick(TYPES) : "application/x-www-form-urlencoded");
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    return new Request("POST", path(template), headers, random.nextInt(6) == 0 ? mutations.bytes(bytes) : bytes);
  }

  private String formValue() {
    return switch (random.nextInt(5)) {
      case 0 -> new String(Mutations.write(mutations.mutate(Mutations.read(pick(cases)))), StandardCharsets.UTF_8);
      case 1 -> Integer.toString(random.nextInt(200) - 50);
      default -> mutations.text();
    };
  }

  private Request hook() {
    String service = pick(new String[] {"vapath-patient-view", "vapath-order-select", "vapath-order-sign",
        "vapath-order-sign/feedback", "no-such-service"});
    String path = "/cds-services/" + service;
    Map<String, String> headers = headers();
    if (random.nextInt(5) != 0) {
      headers.put("Authorization", "Bearer " + keys.ehr().token(keys.publicUrl() + path));
    }
    byte[] body = service.endsWith("feedback") ? mutations.document("{\"feedback\":[{\"card\":\"c\",\"outcome\":"
        + "\"overridden\",\"overrideReason\":{\"reason\":{\"code\":\"x\"}}}]}") : mutations.document(pick(hooks));
    return new Request("POST", path, headers, body);
  }

  private Request api(String template, byte[] body) {
    Map<String, String> headers = headers();
    if (random.nextInt(5) != 0) {
      headers.put("Content-Type", "application/json");
    }
    return new Request("POST", path(template), headers, body);
  }

  private String registryBody() {
    return pick(new String[] {
        "{\"performedOn\":\"2026-11-25\",\"technique\":\"VERTEBROPLASTY\",\"approach\":\"BIPEDICULAR\","
            + "\"guidance\":\"FLUOROSCOPY\",\"operator\":\"dr.a\",\"painNrsBefore\":8,\"levels\":{\"L1\":4.5}}",
        "{\"code\":\"OTHER\",\"description\":\"vasovagal\",\"severity\":\"MINOR\",\"occurredOn\":\"2026-11-26\"}",
        "{\"seenOn\":\"2026-11-28\",\"painNrs\":2,\"odi\":20,\"newFractures\":0}",
        "{\"username\":\"fuzz.user\",\"password\":\"a long password\",\"role\":\"AUDITOR\"}"});
  }

  /** Requests an ordinary client would not send: bytes in the path, huge headers, a sign-in a megabyte long. */
  private Request odd() {
    Map<String, String> headers = headers();
    return switch (random.nextInt(4)) {
      case 0 -> new Request("GET", "/cases/" + encode(mutations.text()) + "?next=" + encode(mutations.text()), headers,
          new byte[0]);
      case 1 -> {
        headers.put("X-Padding", "x".repeat(random.nextInt(20_000)));
        yield new Request("GET", path(pick(PAGES_GET)), headers, new byte[0]);
      }
      case 2 -> {
        headers.put("Content-Type", "application/json");
        yield new Request("POST", "/api/login", headers, ("{\"username\":\"" + "u".repeat(1_000_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8));
      }
      default -> new Request("GET", "/login?next=" + encode(pick(new String[] {"/\t/evil.example", "//evil",
          "/\\evil", "javascript:alert(1)", mutations.text()})), headers, new byte[0]);
    };
  }

  private Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    if (random.nextInt(3) != 0) {
      headers.put("Cookie", random.nextInt(4) == 0 ? "JSESSIONID=" + mutations.text().replaceAll("[^A-Za-z0-9]", "")
          : random.nextBoolean() ? keys.apiCookie() : keys.pageCookie());
    }
    if (random.nextInt(3) != 0) {
      headers.put("X-CSRF-Token", random.nextInt(4) == 0 ? "forged" : keys.apiCsrf());
    }
    if (random.nextInt(4) == 0) {
      headers.put("Content-Type", pick(TYPES));
    }
    if (random.nextInt(6) == 0) {
      headers.put("Authorization", pick(new String[] {"Bearer ", "Bearer x.y.z", "Basic YTpi", "Bearer "
          + keys.ehr().token("https://elsewhere.test/cds-services")}));
    }
    if (random.nextInt(6) == 0) {
      headers.put("X-Forwarded-For", pick(new String[] {"10.0.0.1", "::1", "not an address", "1.2.3.4, 5.6.7.8"}));
      headers.put("X-Forwarded-Proto", pick(new String[] {"https", "http", "gopher"}));
    }
    if (random.nextInt(6) == 0) {
      headers.put("Origin", pick(new String[] {"https://ehr.test", "https://evil.example", "null"}));
    }
    if (random.nextInt(8) == 0) {
      headers.put("Accept", pick(new String[] {"text/html", "application/json", "*/*", "image/png"}));
    }
    return headers;
  }

  private String path(String template) {
    return template.replace("{id}", id(keys.caseId())).replace("{pid}", id(keys.procedureId()))
        .replace("{n}", Integer.toString(random.nextInt(1_000) - 100))
        .replace("{token}", encode(mutations.text()));
  }

  private String id(long real) {
    return switch (random.nextInt(6)) {
      case 0, 1, 2 -> Long.toString(real);
      case 3 -> Long.toString(random.nextLong());
      case 4 -> "99999999999999999999999";
      default -> encode(mutations.text());
    };
  }

  private <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  private String pick(List<String> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
