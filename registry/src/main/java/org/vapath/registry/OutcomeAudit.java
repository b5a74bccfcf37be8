package org.vapath.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.knowledge.OutcomeDefinition;
import org.vapath.core.model.Etiology;

/** Turns the registry's procedures into the audit per etiology, against the knowledge pack. */
final class OutcomeAudit {
  private OutcomeAudit() {
  }

  /**
   * One procedure as the audit sees it: its case's etiology, whether it had a complication, and its
   * pain, RMDQ and ODI before (the case's scores at assessment) and at the first counted follow-up.
   */
  record Row(String etiology, boolean complicated, Double painBefore, Double painAtFirstFollowUp,
      Score rmdq, Score odi) {
  }

  /** A score before and after; either {@code null} when not recorded. */
  record Score(Double before, Double after) {
    boolean known() {
      return before != null && after != null;
    }
  }

  /** Whether a known change from before to after reaches the bar. */
  private interface Bar {
    boolean reached(double before, double after);
  }

  static List<EtiologyAudit> of(List<Row> rows, KnowledgePack pack) {
    OutcomeDefinition outcome = pack.outcomes();
    Map<String, List<Row>> byEtiology = new TreeMap<>();
    for (Row row : rows) {
      byEtiology.computeIfAbsent(row.etiology(), e -> new ArrayList<>()).add(row);
    }
    List<EtiologyAudit> audits = new ArrayList<>();
    byEtiology.forEach((etiology, group) -> {
      int complicated = (int) group.stream().filter(Row::complicated).count();
      EtiologyFacts facts = facts(pack, etiology);
      Double complicationRate = facts == null ? null : facts.complicationRatePercent();
      Double low = facts == null || facts.painReliefPercent() == null ? null : facts.painReliefPercent().low();
      Double high = facts == null || facts.painReliefPercent() == null ? null : facts.painReliefPercent().high();
      Proportion complications = Proportion.of(complicated, group.size());
      Proportion successes = share(group, r -> new Score(r.painBefore(), r.painAtFirstFollowUp()), outcome::isSuccess);
      audits.add(new EtiologyAudit(etiology, complications, complicationRate,
          Verdict.of(complications, complicationRate, complicationRate, outcome.minimumCasesForVerdict()), successes,
          low, high, Verdict.of(successes, low, high, outcome.minimumCasesForVerdict()),
          share(group, Row::rmdq, outcome::rmdqReachesMinimalChange),
          share(group, Row::odi, outcome::odiReachesMinimalChange)));
    });
    return audits;
  }

  /** Among the rows whose score is known before and after, those that reach the bar. */
  private static Proportion share(List<Row> group, Function<Row, Score> score, Bar bar) {
    List<Score> known = group.stream().map(score).filter(Score::known).toList();
    int reached = (int) known.stream().filter(s -> bar.reached(s.before(), s.after())).count();
    return Proportion.of(reached, known.size());
  }

  private static EtiologyFacts facts(KnowledgePack pack, String etiology) {
    try {
      return pack.etiology(Etiology.valueOf(etiology.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return null; // "unknown": no published figure
    }
  }
}
