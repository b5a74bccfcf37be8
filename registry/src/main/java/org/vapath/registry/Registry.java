package org.vapath.registry;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.AssessmentJson;
import org.vapath.core.json.CaseJson;
import org.vapath.core.json.PlausibleDates;
import org.vapath.core.knowledge.Complication;
import org.vapath.core.model.VertebralLevel;

/**
 * The registry of cases, their assessments, procedures, complications and follow-ups, with an
 * audit log of who viewed or changed which case. An embedded H2 file by default, PostgreSQL by a
 * JDBC URL; the schema is Flyway's migrations, applied on opening. Thread-safe.
 */
public final class Registry implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final KnowledgePack pack;
  private final Clock clock;
  private final DataFolder folder;
  private final boolean shared;

  private Registry(String url, String user, String password, KnowledgePack pack, Clock clock) {
    this(url, user, password, pack, clock, null);
  }

  private Registry(String url, String user, String password, KnowledgePack pack, Clock clock, DataFolder folder) {
    this.folder = folder;
    this.shared = url.startsWith("jdbc:postgresql:");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    this.dataSource = new HikariDataSource(config);
    Flyway.configure().dataSource(dataSource).load().migrate();
    this.jdbi = Jdbi.create(dataSource);
    this.pack = Objects.requireNonNull(pack, "pack == null");
    this.clock = clock;
  }

  /**
   * The embedded registry in {@code folder} (created when absent, its owner's alone); every commit is
   * written before it returns. Refused ({@link RegistryError}) while another process has the folder open.
   */
  public static Registry embedded(Path folder, KnowledgePack pack) {
    DataFolder data = DataFolder.open(folder);
    try {
      Registry registry = new Registry(data.databaseUrl(), "sa", "", pack, Clock.systemUTC(), data);
      data.restrictFiles();
      return registry;
    } catch (RuntimeException e) {
      data.close();
      throw alreadyOpen(e) ? DataFolder.inUse(folder) : e;
    }
  }

  /** Whether H2 refused the database as open elsewhere (error 90020), e.g. by a program that ignores our lock. */
  private static boolean alreadyOpen(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
        return true;
      }
    }
    return false;
  }

  /** A registry in the database at a JDBC URL, e.g. {@code jdbc:postgresql://localhost/vapath}. */
  public static Registry connect(String url, String user, String password, KnowledgePack pack) {
    return new Registry(url, user, password, pack, Clock.systemUTC());
  }

  /**
   * What the service's instances share through this registry, when it is a database server
   * (PostgreSQL) that several instances can use; empty for the embedded registry (or another H2 URL),
   * which one process alone opens, so that its state stays in that process's memory.
   */
  public java.util.Optional<SharedState> shared() {
    return shared ? java.util.Optional.of(new SharedState(jdbi, dataSource)) : java.util.Optional.empty();
  }

  /** The local accounts of the web application. */
  public Accounts accounts() {
    return new Accounts(jdbi, folder == null ? null : folder.path());
  }

  /** Stores a case with its assessment; returns its id. */
  public long saveCase(Case kase, Assessment assessment, String actor) {
    TextLimits.check("caseId", kase.caseId(), TextLimits.CASE_ID);
    return jdbi.inTransaction(h -> {
      long id = h.createUpdate("INSERT INTO cases (case_ref, case_json, assessment_json, decision, risk_etiology,"
              + " pain_nrs, knowledge_version, created_at, created_by) VALUES (:ref, :caseJson, :assessmentJson,"
              + " :decision, :etiology, :pain, :version, :at, :actor)")
          .bind("ref", kase.caseId()).bind("caseJson", CaseJson.pretty(kase))
          .bind("assessmentJson", AssessmentJson.compact(assessment)).bind("decision", assessment.decision().name())
          .bind("etiology", assessment.risk().etiology()).bind("pain", kase.pain().nrs())
          .bind("version", assessment.knowledgeVersion()).bind("at", now()).bind("actor", actor)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      log(h, actor, "CREATE_CASE", id);
      return id;
    });
  }

  /** The stored assessment of a case, as JSON; the view is logged. */
  public String assessmentJson(long caseId, String actor) {
    return jdbi.inTransaction(h -> {
      String json = h.createQuery("SELECT assessment_json FROM cases WHERE id = :id").bind("id", caseId)
          .mapTo(String.class).findOne().orElseThrow(() -> new RecordNotFound("no case " + caseId));
      log(h, actor, "VIEW_CASE", caseId);
      return json;
    });
  }

  /** Records a procedure; its date must be plausible ({@link PlausibleDates}). */
  public long recordProcedure(long caseId, ProcedureRecord p, String actor) {
    PlausibleDates.check("performedOn", p.performedOn(), today());
    return jdbi.inTransaction(h -> {
      requireCase(h, caseId);
      long id = h.createUpdate("INSERT INTO procedures (case_id, performed_on, technique, approach, guidance, operator,"
              + " pain_nrs_before, created_at) VALUES (:case, :on, :technique, :approach, :guidance, :operator, :pain,"
              + " :at)")
          .bind("case", caseId).bind("on", p.performedOn()).bind("technique", p.technique().name())
          .bind("approach", p.approach().name()).bind("guidance", p.guidance().name()).bind("operator", p.operator())
          .bind("pain", p.painNrsBefore()).bind("at", now())
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      for (Map.Entry<VertebralLevel, Double> level : p.cementMlByLevel().entrySet()) {
        h.createUpdate("INSERT INTO procedure_levels (procedure_id, level, cement_ml) VALUES (:p, :level, :ml)")
            .bind("p", id).bind("level", level.getKey().name()).bind("ml", level.getValue()).execute();
      }
      log(h, actor, "RECORD_PROCEDURE", caseId);
      return id;
    });
  }

  /** Records a complication of a procedure, dated from the procedure's day to today. */
  public long recordComplication(long procedureId, ComplicationRecord c, String actor) {
    PlausibleDates.check("occurredOn", c.occurredOn(), today());
    boolean known = c.code().equals(ComplicationRecord.OTHER)
        || pack.complications().stream().map(Complication::code).anyMatch(c.code()::equals);
    if (!known) {
      throw new RegistryError("complication code " + c.code() + " is not one of the knowledge pack's, nor OTHER");
    }
    return jdbi.inTransaction(h -> {
      long caseId = caseOf(h, procedureId);
      PlausibleDates.notBefore("occurredOn", c.occurredOn(), "the procedure", performedOn(h, procedureId));
      long id = h.createUpdate("INSERT INTO complications (procedure_id, code, description, severity, occurred_on)"
              + " VALUES (:p, :code, :description, :severity, :on)")
          .bind("p", procedureId).bind("code", c.code()).bind("description", c.description())
          .bind("severity", c.severity().name()).bind("on", c.occurredOn())
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      log(h, actor, "RECORD_COMPLICATION", caseId);
      return id;
    });
  }

  /** Records a follow-up of a procedure, dated from the procedure's day to today. */
  public long recordFollowUp(long procedureId, FollowUpRecord f, String actor) {
    PlausibleDates.check("seenOn", f.seenOn(), today());
    return jdbi.inTransaction(h -> {
      long caseId = caseOf(h, procedureId);
      PlausibleDates.notBefore("seenOn", f.seenOn(), "the procedure", performedOn(h, procedureId));
      long id = h.createUpdate("INSERT INTO follow_ups (procedure_id, seen_on, pain_nrs, rmdq, odi,"
              + " new_fractures) VALUES (:p, :on, :pain, :rmdq, :odi, :fractures)")
          .bind("p", procedureId).bind("on", f.seenOn()).bind("pain", f.painNrs()).bind("rmdq", f.rmdq())
          .bind("odi", f.odi())
          .bind("fractures", f.newFractures()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      log(h, actor, "RECORD_FOLLOW_UP", caseId);
      return id;
    });
  }

  /** The stored case of an id, as the JSON it was saved with. */
  public String caseJson(long caseId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT case_json FROM cases WHERE id = :id").bind("id", caseId)
        .mapTo(String.class).findOne().orElseThrow(() -> new RecordNotFound("no case " + caseId)));
  }

  /**
   * The service's complication and success rates per etiology against the knowledge pack's figures,
   * with the share reaching the minimal important change on the RMDQ and the ODI.
   */
  public List<EtiologyAudit> audit() {
    List<OutcomeAudit.Row> rows = new ArrayList<>();
    for (ProcedureOutcomes.Outcome p : outcomes()) {
      ProcedureOutcomes.Scores after = p.after() == null ? ProcedureOutcomes.Scores.NONE : p.after();
      rows.add(new OutcomeAudit.Row(p.etiology(), p.complicated(), p.painBefore(), after.pain(),
          new OutcomeAudit.Score(p.baseline().rmdq() == null ? null : p.baseline().rmdq().doubleValue(), after.rmdq()),
          new OutcomeAudit.Score(p.baseline().odi(), after.odi())));
    }
    return OutcomeAudit.of(rows, pack);
  }

  /** Every procedure's pain before and at the first counted follow-up, in the order procedures were recorded. */
  public List<PainCourse> painCourses() {
    return outcomes().stream().map(p -> new PainCourse(p.caseId(), p.caseRef(), p.etiology(), p.painBefore(),
        p.after() == null ? null : p.after().pain())).toList();
  }

  private List<ProcedureOutcomes.Outcome> outcomes() {
    int days = pack.outcomes().firstFollowUpAfterDays();
    return jdbi.withHandle(h -> ProcedureOutcomes.read(h, days));
  }

  /** The id of the case a procedure belongs to. */
  public long caseOfProcedure(long procedureId) {
    return jdbi.withHandle(h -> caseOf(h, procedureId));
  }

  /** The most recently stored cases, newest first. */
  public List<CaseSummary> recentCases(int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, case_ref, decision, created_at, created_by FROM cases"
            + " ORDER BY id DESC").setMaxRows(limit)
        .map((rs, ctx) -> new CaseSummary(rs.getLong("id"), rs.getString("case_ref"), rs.getString("decision"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by")))
        .list());
  }

  /** The procedures of a case with their complications and follow-ups, oldest first. */
  public List<RecordedProcedure> procedures(long caseId) {
    return jdbi.withHandle(h -> {
      requireCase(h, caseId);
      List<RecordedProcedure> procedures = new ArrayList<>();
      for (ProcedureRow p : h.createQuery("SELECT * FROM procedures WHERE case_id = :id ORDER BY id")
          .bind("id", caseId).map((rs, ctx) -> new ProcedureRow(rs.getLong("id"), rs.getDate("performed_on")
              .toLocalDate(), rs.getString("technique"), rs.getString("approach"), rs.getString("guidance"),
              rs.getString("operator"), number(rs.getBigDecimal("pain_nrs_before")))).list()) {
        Map<VertebralLevel, Double> cement = new EnumMap<>(VertebralLevel.class);
        h.createQuery("SELECT level, cement_ml FROM procedure_levels WHERE procedure_id = :p").bind("p", p.id())
            .map((rs, ctx) -> Map.entry(VertebralLevel.valueOf(rs.getString("level")), rs.getBigDecimal("cement_ml")))
            .forEach(e -> cement.put(e.getKey(), e.getValue().doubleValue()));
        procedures.add(new RecordedProcedure(p.id(), p.record(cement), complications(h, p.id()),
            followUps(h, p.id())));
      }
      return procedures;
    });
  }

  private record ProcedureRow(long id, LocalDate performedOn, String technique, String approach, String guidance,
      String operator, Double painBefore) {
    ProcedureRecord record(Map<VertebralLevel, Double> cement) {
      return new ProcedureRecord(performedOn, ProcedureRecord.Technique.valueOf(technique),
          ProcedureRecord.Approach.valueOf(approach), ProcedureRecord.Guidance.valueOf(guidance), operator,
          painBefore, cement);
    }
  }

  private static List<ComplicationRecord> complications(Handle h, long procedureId) {
    return h.createQuery("SELECT code, description, severity, occurred_on FROM complications WHERE procedure_id = :p"
            + " ORDER BY occurred_on, id").bind("p", procedureId)
        .map((rs, ctx) -> new ComplicationRecord(rs.getString("code"), rs.getString("description"),
            ComplicationRecord.Severity.valueOf(rs.getString("severity")), rs.getDate("occurred_on").toLocalDate()))
        .list();
  }

  private static List<FollowUpRecord> followUps(Handle h, long procedureId) {
    return h.createQuery("SELECT seen_on, pain_nrs, rmdq, odi, new_fractures FROM follow_ups"
            + " WHERE procedure_id = :p ORDER BY seen_on, id").bind("p", procedureId)
        .map((rs, ctx) -> new FollowUpRecord(rs.getDate("seen_on").toLocalDate(),
            rs.getBigDecimal("pain_nrs").doubleValue(), (Integer) rs.getObject("rmdq", Integer.class),
            number(rs.getBigDecimal("odi")),
            (Integer) rs.getObject("new_fractures", Integer.class)))
        .list();
  }

  private static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /** Who viewed or changed a case, oldest first: actor and action. */
  public List<String> auditLog(long caseId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT actor, action FROM audit_log WHERE case_id = :id ORDER BY id")
        .bind("id", caseId).map((rs, ctx) -> rs.getString("actor") + " " + rs.getString("action")).list());
  }

  private static void requireCase(Handle h, long caseId) {
    if (h.createQuery("SELECT COUNT(*) FROM cases WHERE id = :id").bind("id", caseId).mapTo(Integer.class).one() == 0) {
      throw new RecordNotFound("no case " + caseId);
    }
  }

  private static long caseOf(Handle h, long procedureId) {
    return h.createQuery("SELECT case_id FROM procedures WHERE id = :id").bind("id", procedureId).mapTo(Long.class)
        .findOne().orElseThrow(() -> new RecordNotFound("no procedure " + procedureId));
  }

  private static LocalDate performedOn(Handle h, long procedureId) {
    return h.createQuery("SELECT performed_on FROM procedures WHERE id = :id").bind("id", procedureId)
        .map((rs, ctx) -> rs.getDate("performed_on").toLocalDate()).one();
  }

  /** The hospital's calendar day (the server's time zone), as the assessment date is. */
  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
  }

  private void log(Handle h, String actor, String action, long caseId) {
    h.createUpdate("INSERT INTO audit_log (at, actor, action, case_id) VALUES (:at, :actor, :action, :case)")
        .bind("at", now()).bind("actor", actor).bind("action", action).bind("case", caseId).execute();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /**
   * Writes a backup of the embedded registry to {@code file}, a zip its owner alone may read, while
   * the registry stays in use: H2's {@code BACKUP TO} copies the database as of one moment (its
   * multi-version store gives a consistent snapshot without locking). An existing file is never
   * overwritten. A PostgreSQL registry is refused: its own {@code pg_dump} does that job.
   */
  public void backup(Path file) {
    if (folder == null) {
      throw new RegistryError("this registry is in PostgreSQL: back it up with pg_dump (e.g. pg_dump --format=custom"
          + " --file=vapath.dump vapath) and restore with pg_restore");
    }
    Backups.createOwnerOnly(file);
    try {
      jdbi.useHandle(h -> h.execute("BACKUP TO ?", file.toAbsolutePath().toString()));
    } catch (RuntimeException e) {
      Backups.deleteQuietly(file);
      throw e;
    }
  }

  /**
   * Restores a backup made by {@link #backup} into {@code folder}, which must not hold a registry
   * already (a restore never overwrites one); the folder and its files are their owner's alone.
   */
  public static void restore(Path file, Path folder, KnowledgePack pack) {
    try (DataFolder data = DataFolder.open(folder)) {
      data.restore(file);
    }
    // Opened once, to check that the copy is a registry and bring its schema up to this version.
    embedded(folder, pack).close();
  }

  /**
   * Whether the database answers now: for the server's readiness check. A closed registry, or a
   * database that cannot be reached, is not.
   */
  public boolean reachable() {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (java.sql.SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
    if (folder != null) {
      folder.close();
    }
  }
}
