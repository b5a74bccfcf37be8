package org.vapath.core.assessment;

import java.util.List;
import java.util.Objects;
import org.vapath.core.catalogue.Status;

/**
 * The payer's coverage check, advisory and never part of the decision (case-format.md, version 2):
 * the policy, its status ({@code not_met} when a criterion is not met, else {@code incomplete} when one
 * is unknown, else {@code met}) and its criteria, and the source of the policy ({@code confirm}: secondary
 * summaries only).
 */
public record Coverage(String policy, Status status, List<CoverageItem> criteria, String source, boolean confirm) {
  public Coverage {
    Objects.requireNonNull(policy, "policy == null");
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(status, "status == null");
  }

  /** The coverage of these criteria, its status worked out from theirs. */
  public static Coverage of(String policy, List<CoverageItem> criteria, String source, boolean confirm) {
    boolean unknown = false;
    for (CoverageItem item : criteria) {
      if (item.status() == Status.NOT_MET) {
        return new Coverage(policy, Status.NOT_MET, criteria, source, confirm);
      }
      unknown |= item.status() == Status.UNKNOWN;
    }
    return new Coverage(policy, unknown ? Status.UNKNOWN : Status.MET, criteria, source, confirm);
  }

  /** The status as the contract writes it: {@code met}, {@code not_met} or {@code incomplete}. */
  public String statusName() {
    return switch (status) {
      case MET -> "met";
      case NOT_MET -> "not_met";
      case UNKNOWN -> "incomplete";
    };
  }
}
