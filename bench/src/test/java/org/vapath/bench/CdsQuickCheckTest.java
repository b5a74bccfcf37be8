package org.vapath.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The CDS path's quick benchmark, run by every build: a few seconds of CPU, the answer to an
 * order-sign call as a ratio to a Jackson parse of the same body, at most twice the committed
 * baseline. Figures and how the baseline was set: BENCHMARKS.md, "The CI's quick check".
 */
class CdsQuickCheckTest {
  @Test
  void theCdsPathStaysWithinTwiceItsBaselineRatioToAParse() {
    CdsQuickCheck.Result result = CdsQuickCheck.measure(4);
    double baseline = CdsQuickCheck.baseline();
    System.out.printf("CdsQuickCheck: parse %.1f us, answer %.1f us, ratio %.2f (baseline %.2f)%n",
        result.parseMicros(), result.answerMicros(), result.ratio(), baseline);
    assertThat(result.ratio()).as("answer / parse CPU time, against twice the baseline %.2f", baseline)
        .isLessThanOrEqualTo(2 * baseline);
  }
}
