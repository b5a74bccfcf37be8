package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vapath.core.model.VertebralLevel;
import org.vapath.report.FactKey;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.text.Token;

/**
 * "Fractures of L2 and L4, grade 2 and grade 1 respectively": the n values of one key in the
 * clause of "respectively", all placed at the same n levels, go one to each level, in order.
 */
final class Respectively {
  private Respectively() {
  }

  static void apply(AnalyzedSentence s, List<Candidate> candidates, Map<Candidate, List<VertebralLevel>> placed) {
    for (int t = 0; t < s.tokens().size(); t++) {
      Token token = s.tokens().get(t);
      if ("respectively".equals(token.text())) {
        int clause = s.clause(t);
        for (FactKey key : FactKey.values()) {
          distribute(s, candidates, placed, clause, key);
        }
      }
    }
  }

  private static void distribute(AnalyzedSentence s, List<Candidate> candidates, Map<Candidate,
      List<VertebralLevel>> placed,
      int clause, FactKey key) {
    List<Candidate> values = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.key() == key && s.clause(c.from()) == clause && placed.get(c) != null) {
        values.add(c);
      }
    }
    if (values.size() < 2) {
      return;
    }
    List<VertebralLevel> levels = placed.get(values.get(0));
    if (levels.size() != values.size() || values.stream().anyMatch(c -> !placed.get(c).equals(levels))) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      placed.put(values.get(i), List.of(levels.get(i)));
    }
  }
}
