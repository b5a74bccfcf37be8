package org.vapath.server.ops;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.vapath.registry.Registry;
import org.vapath.server.HttpProblem;

/**
 * {@code POST /api/admin/backup}: a backup of the registry the server holds, while it serves (the
 * data folder is one process's, so {@code vapath admin backup} cannot reach a served registry). The
 * file is written into the folder the server was started with, under a name of its own choosing:
 * a request names no path on the server.
 */
public final class OnlineBackup {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final Registry registry;
  private final Path folder;
  private final Clock clock;

  /** Backups of {@code registry} into {@code folder} ({@code null}: refused, none configured). */
  public OnlineBackup(Registry registry, Path folder, Clock clock) {
    this.registry = registry;
    this.folder = folder;
    this.clock = clock;
  }

  /** Writes the backup; answers 201 with the file's name in the backup folder. */
  public void backup(Context ctx) {
    if (folder == null) {
      throw new NotConfigured();
    }
    String name = "vapath-" + STAMP.format(clock.instant()) + ".zip";
    registry.backup(folder.resolve(name));
    ctx.status(201).contentType("application/json").result(JsonNodeFactory.instance.objectNode()
        .put("file", name).toString());
  }

  /** Thrown when the server was started without a backup folder: 409. */
  static final class NotConfigured extends HttpProblem {
    private static final long serialVersionUID = 1L;

    NotConfigured() {
      super(409, "not-supported", "online backups are off: start vapath serve with --backup-folder DIR");
    }
  }
}
