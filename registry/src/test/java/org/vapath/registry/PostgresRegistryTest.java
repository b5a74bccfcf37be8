package org.vapath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;

/**
 * The registry on a real PostgreSQL server, named by {@code VAPATH_TEST_POSTGRES_URL} (user and
 * password in {@code VAPATH_TEST_POSTGRES_USER} and {@code _PASSWORD}); {@code .ci/run} starts one.
 * Under CI a missing server is a failure, not a skip.
 */
class PostgresRegistryTest extends RegistryContract {
  private static final String URL = System.getenv("VAPATH_TEST_POSTGRES_URL");
  private static final String USER = System.getenv().getOrDefault("VAPATH_TEST_POSTGRES_USER", "vapath");
  private static final String PASSWORD = System.getenv().getOrDefault("VAPATH_TEST_POSTGRES_PASSWORD", "vapath");

  @BeforeEach
  void emptyDatabase() throws SQLException {
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

  @Override
  Registry registry() {
    return Registry.connect(URL, USER, PASSWORD, PACK);
  }
}
