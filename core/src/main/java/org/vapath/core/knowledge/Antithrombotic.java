package org.vapath.core.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * An anticoagulant or antiplatelet drug: the names to recognise (generic and brand, normalised),
 * its hold table, whether it is an antiplatelet (two of them are dual antiplatelet therapy),
 * whether its INR is rechecked before the procedure, whether stopping it is a
 * decision for the prescriber (strong indications such as a coronary stent), what to do below
 * the table's clearances ({@code null}: the table covers every clearance), and its source. A drug
 * with {@code unknownClearance} (the direct oral anticoagulants) gets a provisional hold and no earliest
 * date while its clearance is unknown, as that text says ({@code unknownClearanceSource}: an
 * institutional default); {@code routeUnknown} says how a drug whose table depends on the route is held
 * when the route is not recorded.
 */
public record Antithrombotic(
    String id,
    String drugClass,
    List<String> names,
    List<HoldRule> holds,
    boolean antiplatelet,
    boolean inrRecheck,
    boolean prescriberDecision,
    String prescriberNote,
    String belowTable,
    String source,
    boolean confirm,
    String unknownClearance,
    String unknownClearanceSource,
    String routeUnknown) {

  public Antithrombotic {
    Objects.requireNonNull(id, "id == null");
    names = List.copyOf(names);
    holds = List.copyOf(holds);
    if (holds.isEmpty()) {
      throw new IllegalArgumentException("antithrombotic " + id + " has no hold rule");
    }
  }

  /** Whether the hold depends on creatinine clearance. */
  public boolean dependsOnClearance() {
    return holds.stream().anyMatch(rule -> !rule.clearance().isAny());
  }

  /** Whether the hold depends on the route (subcutaneous or intravenous). */
  public boolean dependsOnRoute() {
    return holds.stream().anyMatch(rule -> rule.route() != null);
  }

  /** Whether the hold is provisional, with no earliest date, while the clearance is unknown. */
  public boolean provisionalWithoutClearance() {
    return unknownClearance != null;
  }

  /** Whether the hold depends on the dose intensity (therapeutic or prophylactic). */
  public boolean dependsOnIntensity() {
    return holds.stream().anyMatch(rule -> rule.intensity() != null);
  }
}
