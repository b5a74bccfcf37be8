package org.vapath.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
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
import org.vapath.server.auth.SignInThrottle;
import org.vapath.server.auth.WebSession;
import org.vapath.server.sheet.PatientSheet;
import org.vapath.server.sheet.SheetFacts;

/**
 * The registry's REST API (described in {@code /openapi.json}): sign-in, cases with their
 * assessment, procedures, complications, follow-ups, the outcome audit (JSON and CSV), the patient
 * sheet, accounts. The server's routes table checks the role, the body's type and the CSRF token
 * first; each handler reads, calls the registry or the engine, renders.
 */
public final class RegistryApi {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final String OPEN_API = readOpenApi();

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

  /** The API's handlers; {@code clock} says what "today" is for a case without an assessment date. */
  public static RegistryApi of(Registry registry, KnowledgePack pack, SignInThrottle throttle, Clock clock) {
    return new RegistryApi(registry, pack, throttle, clock);
  }

  public void login(Context ctx) {
    var r = ApiBodies.root(ctx.body(), Set.of("username", "password"));
    String username = r.requiredText("username");
    Optional<Role> role = throttle.signIn(username, r.requiredText("password").toCharArray(), ctx.ip());
    if (role.isEmpty()) {
      throw new WebSession.Forbidden(401, "unknown user or wrong password");
    }
    String csrf = WebSession.signIn(ctx, username, role.get());
    ctx.json(JSON.createObjectNode().put("username", username).put("role", role.get().name()).put("csrfToken", csrf));
  }

  public void logout(Context ctx) {
    WebSession.signOut(ctx);
    ctx.status(204);
  }

  public void createCase(Context ctx) {
    String user = WebSession.user(ctx);
    Case kase = reader.read(ctx.body());
    Assessment assessment = engine.assess(kase);
    long id = registry.saveCase(kase, assessment, user);
    ctx.status(201).contentType("application/json").result("{\"id\":" + id + ",\"assessment\":"
        + AssessmentJson.compact(assessment) + "}");
  }

  public void listCases(Context ctx) {
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

  public void procedures(Context ctx) {
    ctx.json(JSON.valueToTree(registry.procedures(ApiBodies.pathId(ctx))));
  }

  public void getCase(Context ctx) {
    String user = WebSession.user(ctx);
    ctx.contentType("application/json").result(registry.assessmentJson(ApiBodies.pathId(ctx), user));
  }

  public void sheet(Context ctx) {
    String user = WebSession.user(ctx);
    long id = ApiBodies.pathId(ctx);
    // the record is the record: the sheet says what was stored (the view is logged), not today's pack
    JsonNode stored;
    try {
      stored = JSON.readTree(registry.assessmentJson(id, user));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the registry wrote it: unreadable is a server fault
    }
    ctx.contentType("application/pdf").result(PatientSheet.render(SheetFacts.stored(stored), pack));
  }

  public void recordProcedure(Context ctx) {
    String user = WebSession.user(ctx);
    created(ctx, registry.recordProcedure(ApiBodies.pathId(ctx), ApiBodies.procedure(ApiBodies.tree(ctx.body())),
        user));
  }

  public void recordComplication(Context ctx) {
    String user = WebSession.user(ctx);
    created(ctx, registry.recordComplication(ApiBodies.pathId(ctx),
        ApiBodies.complication(ApiBodies.tree(ctx.body())), user));
  }

  public void recordFollowUp(Context ctx) {
    String user = WebSession.user(ctx);
    created(ctx, registry.recordFollowUp(ApiBodies.pathId(ctx), ApiBodies.followUp(ApiBodies.tree(ctx.body())),
        user));
  }

  public void audit(Context ctx) {
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
      row.set("rmdqMinimalChange", JSON.valueToTree(a.rmdqMinimalChange()));
      row.set("odiMinimalChange", JSON.valueToTree(a.odiMinimalChange()));
    }
    ctx.json(rows);
  }

  public void auditCsv(Context ctx) {
    ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=audit.csv")
        .result(AuditCsv.of(registry.audit()));
  }

  public void createAccount(Context ctx) {
    String admin = WebSession.user(ctx);
    ApiBodies.NewAccount account = ApiBodies.account(ctx.body());
    registry.accounts().create(account.username(), account.password(), account.role(), admin);
    ctx.status(201).json(JSON.createObjectNode().put("username", account.username()));
  }

  private static void created(Context ctx, long id) {
    ctx.status(201).json(JSON.createObjectNode().put("id", id));
  }

  public void openApi(Context ctx) {
    ctx.contentType("application/json").result(OPEN_API);
  }

  private static String readOpenApi() {
    try (InputStream in = RegistryApi.class.getResourceAsStream("/org/vapath/server/openapi.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
