package org.vapath.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The result page says "confirm" once: the source of version 2 already carries it. */
class ResultFlagsTest {
  @Test
  void aSourceThatSaysConfirmGetsNoSecondConfirm() {
    assertThat(ResultView.flags(true, false, "LCD-SUM (confirm)")).isNull();
    assertThat(ResultView.flags(true, true, "LCD-SUM; institutional default (confirm)")).isNull();
  }

  @Test
  void aSourceThatDoesNotSayItKeepsTheMarks() {
    assertThat(ResultView.flags(true, false, "REF")).isEqualTo("confirm: secondary source");
    assertThat(ResultView.flags(true, true, "REF")).isEqualTo("confirm: secondary source; institutional default");
    assertThat(ResultView.flags(false, false, "REF")).isNull();
  }
}
