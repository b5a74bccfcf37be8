package org.vapath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionTest {

  /** Wilson score 95% intervals, as published tables and R's prop.test(correct = FALSE) give them. */
  @ParameterizedTest(name = "{0}/{1}: {2}-{3}%")
  @CsvSource({
      "0,  10,  0.00,  27.75",
      "5,  10, 23.66,  76.34",
      "10, 10, 72.25, 100.00",
      "1,  12,  1.49,  35.39",
      "3,  100, 1.03,   8.45"})
  void wilsonIntervals(int events, int cases, double low, double high) {
    Proportion p = Proportion.of(events, cases);

    assertThat(p.lowPercent()).isCloseTo(low, within(0.01));
    assertThat(p.highPercent()).isCloseTo(high, within(0.01));
  }

  @ParameterizedTest(name = "{0}/{1} against {2}-{3}%: {4}")
  @CsvSource({
      "1,  12,  3,  3, WITHIN",
      "8,  20,  3,  3, ABOVE",
      "5,  10, 90, 90, BELOW",
      "19, 20, 70, 97, WITHIN",
      "1,   5,  3,  3, TOO_FEW_CASES"})
  void verdictsCompareTheIntervalWithThePublishedFigure(int events, int cases, double low, double high,
      Verdict verdict) {
    assertThat(Verdict.of(Proportion.of(events, cases), low, high, 10)).isEqualTo(verdict);
  }
}
