package org.vapath.cli;

import java.nio.file.Path;
import org.vapath.core.KnowledgePack;
import org.vapath.registry.Registry;
import picocli.CommandLine.Option;

/** Where the registry is: an embedded H2 file in a data folder (default), or PostgreSQL by JDBC URL. */
final class DatabaseOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "vapath-data",
      description = "Folder of the embedded registry database (default: ./vapath-data).")
  Path data;

  @Option(names = "--database-url", paramLabel = "JDBC_URL", description = "A PostgreSQL registry instead, e.g."
      + " jdbc:postgresql://localhost/vapath; the password is read from VAPATH_DATABASE_PASSWORD.")
  String url;

  @Option(names = "--database-user", paramLabel = "USER", defaultValue = "vapath",
      description = "The database user with --database-url (default: vapath).")
  String user;

  Registry open(KnowledgePack pack) {
    if (url != null) {
      return Registry.connect(url, user, System.getenv().getOrDefault("VAPATH_DATABASE_PASSWORD", ""), pack);
    }
    return Registry.embedded(data, pack);
  }

  String describe() {
    return url != null ? url : data.toAbsolutePath().toString();
  }
}
