package org.vapath.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void aValueIsWorkedOutOncePerKey() {
    AtomicInteger calls = new AtomicInteger();
    Memo<Integer, String> memo = new Memo<>(10, key -> "value " + key + " #" + calls.incrementAndGet());

    assertThat(memo.get(1)).isEqualTo("value 1 #1");
    assertThat(memo.get(1)).isEqualTo("value 1 #1");
    assertThat(memo.get(2)).isEqualTo("value 2 #2");
    assertThat(calls).hasValue(2);
  }

  @Test
  void pastTheBoundValuesAreWorkedOutEachTimeAndNotKept() {
    AtomicInteger calls = new AtomicInteger();
    Memo<Integer, Integer> memo = new Memo<>(3, key -> calls.incrementAndGet());
    for (int key = 0; key < 100; key++) {
      memo.get(key);
    }

    assertThat(memo.size()).isEqualTo(3);
    int before = calls.get();
    memo.get(50);
    memo.get(50);
    assertThat(calls.get() - before).isEqualTo(2);
    assertThat(memo.get(0)).isEqualTo(1); // kept from the start
  }
}
