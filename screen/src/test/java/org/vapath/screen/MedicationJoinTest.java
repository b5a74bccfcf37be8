package org.vapath.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MedicationJoinTest {
  @TempDir
  Path dir;

  /** 300 medications, each named by the patients p(k), p(k+1), p(k+2) and once more by p(k); one named but absent. */
  @ParameterizedTest(name = "budget {0} bytes")
  @ValueSource(longs = {1L << 30, 2_000})
  void eachMedicationJoinsEveryPatientThatNamesItOnceInMemoryAndSpilledAlike(long budget) throws IOException {
    Map<String, List<String>> joined = new TreeMap<>();
    try (MedicationJoin join = new MedicationJoin(100_000, budget, dir.resolve("medications"));
        Partitions patients = Partitions.forExport(100_000, 1L << 30, dir.resolve("patients"))) {
      for (int k = 0; k < 300; k++) {
        join.medication("m" + k, new SourceLine(0, k + 1, ("{\"resourceType\":\"Medication\",\"id\":\"m" + k
            + "\",\"code\":{\"text\":\"drug " + k + "\"}}").getBytes(StandardCharsets.UTF_8)));
        for (int p = k; p < k + 3; p++) {
          join.namedBy("m" + k, "p" + p);
        }
        join.namedBy("m" + k, "p" + k);
      }
      join.namedBy("absent", "p0");
      join.into(patients);
      assertThat(join.partitions() > 1).as("spilled").isEqualTo(budget < 1_000_000);
      patients.forEachPartition(groups -> groups.forEach(group -> joined.put(group.getKey(),
          group.getValue().stream().map(line -> new String(line.json(), StandardCharsets.UTF_8)
              .replaceAll(".*\"id\":\"(m\\d+)\".*", "$1")).sorted().toList())));
    }

    assertThat(joined).hasSize(302);
    assertThat(joined.get("p0")).containsExactly("m0");
    assertThat(joined.get("p2")).containsExactlyInAnyOrder("m0", "m1", "m2");
    assertThat(joined.get("p150")).containsExactlyInAnyOrder("m148", "m149", "m150");
    List<String> all = new ArrayList<>();
    joined.values().forEach(all::addAll);
    assertThat(all).hasSize(900);
    assertThat(Files.exists(dir.resolve("medications"))).isFalse();
  }
}
