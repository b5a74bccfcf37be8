package org.vapath.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vapath.registry.EtiologyAudit;
import org.vapath.registry.Proportion;
import org.vapath.registry.Verdict;

class AuditCsvTest {

  /**
   * RMDQ: 7 of 10 reach the minimal important change. Wilson 95% by hand (z = 1.96): centre
   * (0.7 + z²/20) / (1 + z²/10) = 0.6445, half-width z √(0.021 + z²/400) / (1 + z²/10) = 0.2477, so
   * 39.7% to 89.2%. ODI: 0 of 3, centre (z²/6) / (1 + z²/3) = 0.2805 = half-width, so 0% to 56.1%.
   */
  @Test
  void theMinimalImportantChangeSharesFollowThePainColumnsWithTheirWilsonIntervals() {
    EtiologyAudit row = new EtiologyAudit("osteoporosis", Proportion.of(0, 10), 3.0, Verdict.WITHIN,
        Proportion.of(9, 10), 90.0, 90.0, Verdict.WITHIN, Proportion.of(7, 10), Proportion.of(0, 3));

    String[] lines = AuditCsv.of(List.of(row)).split("\n");

    assertThat(lines[0]).endsWith(",success_verdict,rmdq_followed_up,rmdq_mic,rmdq_mic_percent,rmdq_mic_ci_low,"
        + "rmdq_mic_ci_high,odi_followed_up,odi_mic,odi_mic_percent,odi_mic_ci_low,odi_mic_ci_high");
    assertThat(lines[1]).endsWith(",WITHIN,10,7,70.0,39.7,89.2,3,0,0.0,0.0,56.1");
    assertThat(lines[1].split(",", -1)).hasSameSizeAs(lines[0].split(","));
  }
}
