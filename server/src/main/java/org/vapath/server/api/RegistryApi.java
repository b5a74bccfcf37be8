package org.vapath.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseReader;
import org.vapath.registry.EtiologyAudit;
import org.vapath.registry.Registry;
import org.vapath.registry.Role;
import org.vapath.server.sheet.PatientSheet;

/**
 * The registry's REST API (described in {@code /openapi.json}): sign-in, cases with their
 * assessment, procedures, complications, follow-ups, the outcome audit (JSON and CSV), the patient
 * sheet, accounts. Each handler checks the role, reads, calls the registry or the engine, renders.
 */
public final class RegistryApi {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final Role[] CLINICAL = {Role.CLINICIAN, Role.ADMIN};
  private static final Role[] ANYONE = {Role.CLINICIAN, Role.AUDITOR, Role.ADMIN};

  private final Registry registry;
  private final KnowledgePack pack;
  private final Engine engine;
  private final CaseReader reader;
  private final SignInThrottle throttle;

  private RegistryApi(Registry registry, KnowledgePack pack, SignInThrottle throttle, Clock clock) {
    this.registry = registry;
    this.throttle = throttle;
    this.pack = pack;
    this.engine = new Engine(pack);
    this.reader = new CaseReader(pack, () -> LocalDate.now(clock));
  }

  /** Installs the routes; {@code clock} says what "today" is for a case without an assessment date. */
  public static void install(Javalin app, Registry registry, KnowledgePack pack, SignInThrottle throttle,
      Clock clock) {
    RegistryApi api = new RegistryApi(registry, pack, throttle, clock);
    app.before("/api/*", ctx -> {
      boolean changes = !ctx.method().name().equals("GET") && !ctx.method().name().equals("OPTIONS");
      if (changes && !ctx.path().equals("/api/logout")) {
        requireJson(ctx);
      }
      if (changes && !ctx.path().equals("/api/login")) {
        WebSession.checkCsrf(ctx);
      }
    });
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    app.post("/api/login", api::login);
    app.post("/api/logout", ctx -> {
      WebSession.signOut(ctx);
      ctx.status(204);
    });
    app.post("/api/cases", api::createCase);
    app.get("/api/cases", api::listCases);
    app.get("/api/cases/{id}", api::getCase);
    app.get("/api/cases/{id}/sheet.pdf", api::sheet);
    app.get("/api/cases/{id}/procedures", api::procedures);
    app.post("/api/cases/{id}/procedures", api::recordProcedure);
    app.post("/api/procedures/{id}/complications", api::recordComplication);
    app.post("/api/procedures/{id}/follow-ups", api::recordFollowUp);
    app.get("/api/audit", api::audit);
    app.get("/api/audit.csv", api::auditCsv);
    app.post("/api/accounts", api::createAccount);
  }

  /**
   * The API reads JSON only. Refusing other types also keeps other sites' pages out: a form or a
   * {@code text/plain} post needs no CORS preflight, and would otherwise sign a browser in to an
   * attacker's account (login CSRF).
   */
  private static void requireJson(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    int parameters = type.indexOf(';');
    String media = (parameters < 0 ? type : type.substring(0, parameters)).trim();
    if (!media.equals("application/json")) {
      throw new UnsupportedMediaType(ctx.contentType(), "application/json");
    }
  }

  /** Thrown when a request's body is not of the type its route reads: 415. */
  public static final class UnsupportedMediaType extends org.vapath.server.HttpProblem {
    private static final long serialVersionUID = 1L;

    public UnsupportedMediaType(String type, String expected) {
      super(415, "not-supported", "the body must be sent with Content-Type: " + expected + " (got "
          + (type == null ? "none" : '"' + type.substring(0, Math.min(type.length(), 100)) + '"') + ")");
    }
  }

  private void login(Context ctx) {
    var r = ApiBodies.root(ctx.body(), Set.of("username", "password"));
    String username = r.requiredText("username");
    Optional<Role> role = throttle.signIn(username, r.requiredText("password").toCharArray(), ctx.ip());
    if (role.isEmpty()) {
      throw new WebSession.Forbidden(401, "unknown user or wrong password");
    }
    String csrf = WebSession.signIn(ctx, username, role.get());
    ctx.json(JSON.createObjectNode().put("username", username).put("role", role.get().name()).put("csrfToken", csrf));
  }

  private void createCase(Context ctx) {
    String user = WebSession.require(ctx, CLINICAL);
    Case kase = reader.read(ctx.body());
    Assessment assessment = engine.assess(kase);
    long id = registry.saveCase(kase, assessment, user);
    ctx.status(201).contentType("application/json").result("{\"id\":" + id + ",\"assessment\":"
        + AssessmentJson.compact(assessment) + "}");
  }

  private void listCases(Context ctx) {
    WebSession.require(ctx, ANYONE);
    String limit = ctx.queryParam("limit");
    int rows;
    try {
      rows = limit == null ? 50 : Integer.parseInt(limit);
    } catch (NumberFormatException e) {
      rows = -1;
    }
    if (rows < 1 || rows > 500) {
      throw new InputError("limit", '"' + limit + '"', "must be a whole number from 1 to 500");
    }
    ctx.json(JSON.valueToTree(registry.recentCases(rows)));
  }

  private void procedures(Context ctx) {
    WebSession.require(ctx, ANYONE);
    ctx.json(JSON.valueToTree(registry.procedures(ApiBodies.pathId(ctx))));
  }

  private void getCase(Context ctx) {
    String user = WebSession.require(ctx, ANYONE);
    ctx.contentType("application/json").result(registry.assessmentJson(ApiBodies.pathId(ctx), user));
  }

  private void sheet(Context ctx) {
    String user = WebSession.require(ctx, CLINICAL);
    long id = ApiBodies.pathId(ctx);
    registry.assessmentJson(id, user); // the view is logged
    Case kase = reader.read(registry.caseJson(id));
    ctx.contentType("application/pdf").result(PatientSheet.render(engine.assess(kase), pack));
  }

  private void recordProcedure(Context ctx) {
    String user = WebSession.require(ctx, CLINICAL);
    created(ctx, registry.recordProcedure(ApiBodies.pathId(ctx), ApiBodies.procedure(ApiBodies.tree(ctx.body())),
        user));
  }

  private void recordComplication(Context ctx) {
    String user = WebSession.require(ctx, CLINICAL);
    created(ctx, registry.recordComplication(ApiBodies.pathId(ctx),
        ApiBodies.complication(ApiBodies.tree(ctx.body())), user));
  }

  private void recordFollowUp(Context ctx) {
    String user = WebSession.require(ctx, CLINICAL);
    created(ctx, registry.recordFollowUp(ApiBodies.pathId(ctx), ApiBodies.followUp(ApiBodies.tree(ctx.body())),
        user));
  }

  private void audit(Context ctx) {
    WebSession.require(ctx, ANYONE);
    ArrayNode rows = JSON.createArrayNode();
    for (EtiologyAudit a : registry.audit()) {
      ObjectNode row = rows.addObject();
      row.put("etiology", a.etiology());
      row.set("complications", JSON.valueToTree(a.complications()));
      row.put("publishedComplicationPercent", a.publishedComplicationPercent());
      row.put("complicationVerdict", a.complicationVerdict().name());
      row.set("successes", JSON.valueToTree(a.successes()));
      row.put("publishedSuccessLowPercent", a.publishedSuccessLowPercent());
      row.put("publishedSuccessHighPercent", a.publishedSuccessHighPercent());
      row.put("successVerdict", a.successVerdict().name());
    }
    ctx.json(rows);
  }

  private void auditCsv(Context ctx) {
    WebSession.require(ctx, ANYONE);
    ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=audit.csv")
        .result(AuditCsv.of(registry.audit()));
  }

  private void createAccount(Context ctx) {
    String admin = WebSession.require(ctx, Role.ADMIN);
    ApiBodies.NewAccount account = ApiBodies.account(ctx.body());
    registry.accounts().create(account.username(), account.password(), account.role(), admin);
    ctx.status(201).json(JSON.createObjectNode().put("username", account.username()));
  }

  private static void created(Context ctx, long id) {
    ctx.status(201).json(JSON.createObjectNode().put("id", id));
  }

  private static String openApi() {
    try (InputStream in = RegistryApi.class.getResourceAsStream("/org/vapath/server/openapi.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> paths() {
    return List.of("/api/login", "/api/logout", "/api/cases", "/api/cases/{id}", "/api/cases/{id}/sheet.pdf",
        "/api/cases/{id}/procedures", "/api/procedures/{id}/complications", "/api/procedures/{id}/follow-ups",
        "/api/audit", "/api/audit.csv", "/api/accounts");
  }
}
