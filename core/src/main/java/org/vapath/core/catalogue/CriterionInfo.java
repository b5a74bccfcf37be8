package org.vapath.core.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a criterion is, declared on the criterion itself: its name, the question it answers, the
 * case fields it reads ({@code inputs}, as paths of case-format.md), the knowledge pack's
 * thresholds it compares them with, the finding codes it can emit and its sources (those of its
 * codes, and any it cites without a finding, e.g. for the procedure plan).
 */
public record CriterionInfo(String name, String question, List<String> inputs, List<String> thresholds,
    List<FindingCode> codes, List<String> sources) {

  public CriterionInfo {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(question, "question == null");
    inputs = List.copyOf(inputs);
    thresholds = List.copyOf(thresholds);
    codes = List.copyOf(codes);
    List<String> all = new ArrayList<>(sources);
    for (FindingCode code : codes) {
      for (String source : code.sources()) {
        if (!all.contains(source)) {
          all.add(source);
        }
      }
    }
    sources = List.copyOf(all);
  }

  /** A criterion that reads {@code inputs} to answer {@code question}; its codes and thresholds come next. */
  public static CriterionInfo of(String name, String question, String... inputs) {
    return new CriterionInfo(name, question, List.of(inputs), List.of(), List.of(), List.of());
  }

  /** A copy that emits these codes. */
  public CriterionInfo emits(FindingCode... emitted) {
    return new CriterionInfo(name, question, inputs, thresholds, List.of(emitted), sources);
  }

  /** A copy that compares its inputs with these thresholds of the pack (their ids). */
  public CriterionInfo comparesWith(String... ids) {
    return new CriterionInfo(name, question, inputs, List.of(ids), codes, sources);
  }

  /** A copy that also cites these sources without a finding of its own. */
  public CriterionInfo cites(String... ids) {
    return new CriterionInfo(name, question, inputs, thresholds, codes, List.of(ids));
  }
}
