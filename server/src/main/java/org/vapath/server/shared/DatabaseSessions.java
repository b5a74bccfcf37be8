package org.vapath.server.shared;

import javax.sql.DataSource;
import org.eclipse.jetty.server.session.DatabaseAdaptor;
import org.eclipse.jetty.server.session.JDBCSessionDataStore;
import org.eclipse.jetty.server.session.NullSessionCache;
import org.eclipse.jetty.server.session.SessionHandler;

/**
 * The web sessions in the database, through Jetty's own JDBC session store (its table,
 * {@code jetty_sessions}, made by the registry's migration as Jetty would make it). No
 * instance caches a session: each request reads it, so a sign-out or a new sign-in on one
 * instance holds on the next request to another, and a session is written before its response is
 * sent, so the browser's next request finds it anywhere.
 */
final class DatabaseSessions {
  static final String TABLE = "jetty_sessions";

  private DatabaseSessions() {
  }

  static void install(SessionHandler sessions, DataSource dataSource) {
    DatabaseAdaptor database = new DatabaseAdaptor();
    database.setDatasource(dataSource);
    JDBCSessionDataStore store = new JDBCSessionDataStore();
    store.setDatabaseAdaptor(database);
    JDBCSessionDataStore.SessionTableSchema schema = new JDBCSessionDataStore.SessionTableSchema();
    schema.setTableName(TABLE);
    store.setSessionTableSchema(schema);
    NullSessionCache cache = new NullSessionCache(sessions);
    cache.setSessionDataStore(store);
    cache.setFlushOnResponseCommit(true);
    sessions.setSessionCache(cache);
  }
}
