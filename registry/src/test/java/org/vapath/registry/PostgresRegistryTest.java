package org.vapath.registry;


import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;

/**
 * The registry on a real PostgreSQL server, named by {@code VAPATH_TEST_POSTGRES_URL} (user and
 * password in {@code VAPATH_TEST_POSTGRES_USER} and {@code _PASSWORD}); {@code .ci/run} starts one.
 * Under CI a missing server is a failure, not a skip.
 */
class PostgresRegistryTest extends RegistryContract {

  @BeforeEach
  void emptyDatabase() throws SQLException {
    TestPostgres.emptyDatabase();
  }

  @Override
  Registry registry() {
    return Registry.connect(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD, PACK);
  }
}
