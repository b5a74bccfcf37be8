package org.vapath.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.vapath.core.model.FunctionScores;

/** Reads each procedure with what the outcome audit needs, in the order procedures were recorded. */
final class ProcedureOutcomes {
  private ProcedureOutcomes() {
  }

  /**
   * A procedure: its case, etiology, whether it had a complication, pain before, the case's function
   * scores at assessment, and the scores of the first follow-up the outcome definition counts
   * ({@code null} until that visit).
   */
  record Outcome(long caseId, String caseRef, String etiology, boolean complicated, Double painBefore,
      FunctionScores baseline, Scores after) {
  }

  /** A follow-up's scores: pain always, RMDQ and ODI when recorded. */
  record Scores(Double pain, Double rmdq, Double odi) {
    static final Scores NONE = new Scores(null, null, null);
  }

  private record FollowUpRow(long procedureId, LocalDate seen, Scores scores, LocalDate performed) {
  }

  /** Every procedure; its first counted follow-up is the first seen {@code days} or more after it. */
  static List<Outcome> read(Handle h, int days) {
    Map<Long, Scores> firstFollowUp = new HashMap<>();
    for (FollowUpRow f : h.createQuery("SELECT f.procedure_id AS p, f.seen_on AS seen, f.pain_nrs AS pain,"
            + " f.rmdq AS rmdq, f.odi AS odi, p.performed_on AS performed FROM follow_ups f"
            + " JOIN procedures p ON p.id = f.procedure_id ORDER BY f.procedure_id, f.seen_on, f.id")
        .map((rs, ctx) -> new FollowUpRow(rs.getLong("p"), rs.getDate("seen").toLocalDate(),
            new Scores(rs.getBigDecimal("pain").doubleValue(), number(rs.getBigDecimal("rmdq")),
                number(rs.getBigDecimal("odi"))), rs.getDate("performed").toLocalDate())).list()) {
      if (!f.seen().isBefore(f.performed().plusDays(days))) {
        firstFollowUp.putIfAbsent(f.procedureId(), f.scores());
      }
    }
    return h.createQuery("SELECT p.id AS id, c.id AS case_id, c.case_ref AS ref, c.risk_etiology AS etiology,"
            + " COALESCE(p.pain_nrs_before, c.pain_nrs) AS pain_before, c.case_json AS case_json,"
            + " (SELECT COUNT(*) FROM complications x WHERE x.procedure_id = p.id) AS complications"
            + " FROM procedures p JOIN cases c ON c.id = p.case_id ORDER BY p.id")
        .map((rs, ctx) -> new Outcome(rs.getLong("case_id"), rs.getString("ref"), etiology(rs.getString("etiology")),
            rs.getLong("complications") > 0, number(rs.getBigDecimal("pain_before")),
            StoredFunction.of(rs.getString("case_json")), firstFollowUp.get(rs.getLong("id"))))
        .list();
  }

  private static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /** The case's risk etiology; "unknown" when its assessment had none (no level treatable), for every audit alike. */
  private static String etiology(String stored) {
    return stored == null ? "unknown" : stored;
  }
}
