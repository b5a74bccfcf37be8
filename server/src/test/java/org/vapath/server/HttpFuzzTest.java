package org.vapath.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;
import org.vapath.registry.ProcedureRecord;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;

/**
 * Random and mutated requests against every route, signed in and not, with real and forged tokens:
 * the server never answers 500 (502 and 503 are its honest answers about the EHR's FHIR server and
 * its own load), never shows a stack trace, always answers within 30 s, and its heap stays bounded.
 * Seeded: {@code -Dvapath.fuzz.seed=N} replays a run, {@code -Dvapath.fuzz.cases=N} makes it longer.
 */
class HttpFuzzTest {
  private static final long SEED = Long.getLong("vapath.fuzz.seed", 20_261_130L);
  private static final int CASES = Integer.getInteger("vapath.fuzz.cases", 3_000);
  private static final long HEAP_GROWTH_BYTES = 200L * 1024 * 1024;
  private static final String PUBLIC = "https://vapath.test";

  @TempDir
  Path dir;

  @Test
  void noRequestGetsA500AHangOrAStackTraceAndTheHeapStaysBounded() throws Exception {
    Ehr ehr = new Ehr();
    KnowledgePack pack = KnowledgePackJson.embedded();
    try (Registry registry = Registry.embedded(dir.resolve("db"), pack);
        CdsServer server = CdsServer.start(new ServerConfig(0, URI.create(PUBLIC), List.of(new ServerConfig
            .TrustedIssuer(Ehr.ISSUER, ehr.writeJwks(dir).toString())), false, 1_000_000, List.of(), pack, registry))) {
      HttpFuzzCases cases = new HttpFuzzCases(new Random(SEED), keys(server, registry, ehr));
      List<String> failures = new ArrayList<>();
      Map<Integer, Integer> statuses = new java.util.TreeMap<>();
      long baseline = 0;
      long worst = 0;
      for (int i = 0; i < CASES && failures.size() < 20; i++) {
        HttpFuzzCases.Request request = cases.next();
        String failure = check(server, request, statuses);
        if (failure != null) {
          failures.add("case " + i + " (seed " + SEED + "): " + failure + "\n  " + request.describe());
        }
        if (i == 100) {
          baseline = usedAfterGc();
        } else if (i > 100 && i % 500 == 0) {
          worst = Math.max(worst, usedAfterGc() - baseline);
        }
      }
      worst = Math.max(worst, usedAfterGc() - baseline);

      assertThat(failures).as("requests answered with a server error, a trace or not at all").isEmpty();
      // The fuzz reaches past the checks: answers, refusals of every kind, and stored records.
      assertThat(statuses).containsKeys(200, 201, 303, 400, 401, 403, 404, 413, 415);
      assertThat(worst).as("heap growth in bytes").isLessThan(HEAP_GROWTH_BYTES);
      assertThat(RawHttp.send(server.port(), "GET /knowledge HTTP/1.1\r\nHost: localhost", new byte[0]).status())
          .as("still answering").isEqualTo(200);
    }
  }

  private static String check(CdsServer server, HttpFuzzCases.Request request, Map<Integer, Integer> statuses) {
    StringBuilder head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\nHost: localhost");
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      head.append("\r\n").append(header.getKey()).append(": ").append(header.getValue().replaceAll("[\r\n]", " "));
    }
    RawHttp.Answer answer;
    try {
      answer = RawHttp.send(server.port(), head.toString(), request.body());
    } catch (IOException e) {
      return "no answer: " + e.getMessage();
    }
    int status = answer.status();
    statuses.merge(status, 1, Integer::sum);
    if (status >= 500 && status != 502 && status != 503) {
      return "status " + status + ": " + answer.body().substring(0, Math.min(300, answer.body().length()));
    }
    if (answer.body().contains("\tat org.") || answer.body().contains("Exception:")) {
      return "a stack trace in the answer";
    }
    return null;
  }

  /** Real sessions (API and pages), a stored case and procedure: so that the fuzz reaches past the checks. */
  private static HttpFuzzCases.Keys keys(CdsServer server, Registry registry, Ehr ehr) throws IOException {
    registry.accounts().create("dr.a", "clinician password".toCharArray(), Role.CLINICIAN, "fuzz");
    var kase = new CaseReader(KnowledgePackJson.embedded(), () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"));
    long caseId = registry.saveCase(kase, Engine.withEmbeddedKnowledge().assess(kase), "dr.a");
    long procedureId = registry.recordProcedure(caseId, new ProcedureRecord(LocalDate.of(2026, 11, 25),
        ProcedureRecord.Technique.VERTEBROPLASTY, ProcedureRecord.Approach.BIPEDICULAR,
        ProcedureRecord.Guidance.FLUOROSCOPY, "dr.a", 8.0, Map.of(org.vapath.core.model.VertebralLevel.L1, 4.0)),
        "dr.a");
    RawHttp.Answer api = RawHttp.send(server.port(), "POST /api/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
        + "application/json", "{\"username\":\"dr.a\",\"password\":\"clinician password\"}".getBytes(
        StandardCharsets.UTF_8));
    RawHttp.Answer form = RawHttp.send(server.port(), "GET /login HTTP/1.1\r\nHost: localhost", new byte[0]);
    RawHttp.Answer page = RawHttp.send(server.port(), "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
        + "application/x-www-form-urlencoded\r\nCookie: " + cookie(form), ("_csrf=" + csrf(form.body())
        + "&username=dr.a&password=clinician+password").getBytes(StandardCharsets.UTF_8));
    String pageCookie = cookie(page);
    RawHttp.Answer home = RawHttp.send(server.port(), "GET /assess HTTP/1.1\r\nHost: localhost\r\nCookie: "
        + pageCookie, new byte[0]);
    return new HttpFuzzCases.Keys(cookie(api), api.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1"),
        pageCookie, csrf(home.body()), caseId, procedureId, ehr, PUBLIC);
  }

  private static String cookie(RawHttp.Answer answer) {
    return answer.header("Set-Cookie").split(";")[0];
  }

  private static String csrf(String page) {
    return page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
  }

  private static long usedAfterGc() {
    System.gc();
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed();
  }
}
