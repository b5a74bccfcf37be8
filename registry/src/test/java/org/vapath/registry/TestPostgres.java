package org.vapath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server of the tests, named by {@code VAPATH_TEST_POSTGRES_URL} (and its user and
 * password): a test without one is skipped on a developer's machine, saying how to get one, and
 * fails under CI.
 */
public final class TestPostgres {
  public static final String URL = System.getenv("VAPATH_TEST_POSTGRES_URL");
  public static final String USER = System.getenv().getOrDefault("VAPATH_TEST_POSTGRES_USER", "vapath");
  public static final String PASSWORD = System.getenv().getOrDefault("VAPATH_TEST_POSTGRES_PASSWORD", "vapath");

  private TestPostgres() {
  }

  /** Skips the test without a server (fails it under CI), then empties the database. */
  public static void emptyDatabase() throws SQLException {
    if (URL == null || URL.isBlank()) {
      assertThat(System.getenv("CI")).as("CI must provide VAPATH_TEST_POSTGRES_URL").isNull();
      assumeTrue(false, "no PostgreSQL server named by VAPATH_TEST_POSTGRES_URL on this machine"
          + " (as root: eval \"$(.ci/start-postgres)\" starts one and names it)");
    }
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
  }
}
