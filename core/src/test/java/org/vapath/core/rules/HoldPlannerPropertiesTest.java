package org.vapath.core.rules;

import org.vapath.core.json.KnowledgePackJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.vapath.core.knowledge.HoldRule;

class HoldPlannerPropertiesTest {

  @Provide
  Arbitrary<HoldRule> rules() {
    return Arbitraries.of(KnowledgePackJson.embedded().antithrombotics()).flatMap(d -> Arbitraries.of(d.holds()));
  }

  @Property(tries = 500)
  void aLongerIntervalSinceTheLastDoseNeverMakesTheEarliestDateLater(@ForAll("rules") HoldRule rule,
      @ForAll @IntRange(min = 0, max = 400) int daysAgo, @ForAll @IntRange(min = 1, max = 60) int longer) {
    LocalDate recent = LocalDate.of(2026, 11, 23).minusDays(daysAgo);
    LocalDate earlier = recent.minusDays(longer);

    assertThat(HoldPlanner.earliestDate(rule, earlier)).isBeforeOrEqualTo(HoldPlanner.earliestDate(rule, recent));
  }

  @Property(tries = 500)
  void theEarliestDateLeavesAtLeastTheWholeHoldAfterTheLastDose(@ForAll("rules") HoldRule rule,
      @ForAll @IntRange(min = 0, max = 400) int daysAgo) {
    LocalDate lastDose = LocalDate.of(2026, 11, 23).minusDays(daysAgo);
    long hours = java.time.temporal.ChronoUnit.DAYS.between(lastDose, HoldPlanner.earliestDate(rule, lastDose)) * 24;

    assertThat(hours).isGreaterThanOrEqualTo((long) Math.ceil(rule.maxHours()));
  }
}
