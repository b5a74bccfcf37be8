package org.vapath.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The access log's two shapes: a text line and a JSON object, the same four facts in each. */
class AccessLogTest {
  private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void textLine() {
    AccessLog log = new AccessLog(false, line -> { }, new ServerMetrics(), DAY);

    assertThat(log.line("GET", "/api/cases/{id}", 200, 3.24f)).isEqualTo("GET /api/cases/{id} 200 3.2 ms");
  }

  @Test
  void jsonLine() throws Exception {
    AccessLog log = new AccessLog(true, line -> { }, new ServerMetrics(), DAY);

    assertThat(new ObjectMapper().readTree(log.line("POST", "/cds-services/{id}", 412, 12.0f)))
        .isEqualTo(new ObjectMapper().readTree("{\"time\":\"2026-11-23T12:00:00Z\",\"level\":\"INFO\","
            + "\"logger\":\"vapath.access\",\"method\":\"POST\",\"route\":\"/cds-services/{id}\",\"status\":412,"
            + "\"ms\":12.0}"));
  }
}
