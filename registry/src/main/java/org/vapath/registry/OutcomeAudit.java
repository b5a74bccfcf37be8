package org.vapath.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.EtiologyFacts;
import org.vapath.core.knowledge.OutcomeDefinition;
import org.vapath.core.model.Etiology;

/** Turns the registry's procedures into the audit per etiology, against the knowledge pack. */
final class OutcomeAudit {
  private OutcomeAudit() {
  }

  /** One procedure as the audit sees it: its case's etiology, whether it had a complication, and its pain scores. */
  record Row(String etiology, boolean complicated, Double painBefore, Double painAtFirstFollowUp) {
  }

  static List<EtiologyAudit> of(List<Row> rows, KnowledgePack pack) {
    OutcomeDefinition outcome = pack.outcomes();
    Map<String, List<Row>> byEtiology = new TreeMap<>();
    for (Row row : rows) {
      byEtiology.computeIfAbsent(row.etiology() == null ? "unknown" : row.etiology(), e -> new ArrayList<>()).add(row);
    }
    List<EtiologyAudit> audits = new ArrayList<>();
    byEtiology.forEach((etiology, group) -> {
      int complicated = (int) group.stream().filter(Row::complicated).count();
      List<Row> followed = group.stream().filter(r -> r.painBefore() != null && r.painAtFirstFollowUp() != null)
          .toList();
      int succeeded = (int) followed.stream().filter(r -> outcome.isSuccess(r.painBefore(), r.painAtFirstFollowUp()))
          .count();
      EtiologyFacts facts = facts(pack, etiology);
      Double complicationRate = facts == null ? null : facts.complicationRatePercent();
      Double low = facts == null || facts.painReliefPercent() == null ? null : facts.painReliefPercent().low();
      Double high = facts == null || facts.painReliefPercent() == null ? null : facts.painReliefPercent().high();
      Proportion complications = Proportion.of(complicated, group.size());
      Proportion successes = Proportion.of(succeeded, followed.size());
      audits.add(new EtiologyAudit(etiology, complications, complicationRate,
          Verdict.of(complications, complicationRate, complicationRate, outcome.minimumCasesForVerdict()), successes,
          low, high, Verdict.of(successes, low, high, outcome.minimumCasesForVerdict())));
    });
    return audits;
  }

  private static EtiologyFacts facts(KnowledgePack pack, String etiology) {
    try {
      return pack.etiology(Etiology.valueOf(etiology.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return null; // "unknown": no published figure
    }
  }
}
