package org.vapath.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;

/**
 * The knowledge pack inside the tasks: read once per executor JVM (a pack is not sent over the
 * wire), the embedded one or the institution's overrides file named by the job (which must be
 * readable on every executor, e.g. shipped with spark-submit --files).
 */
final class Knowledge {
  private static final Map<String, KnowledgePack> PACKS = new ConcurrentHashMap<>();

  private Knowledge() {
  }

  /** The pack: {@code overrides} is an overrides file, or empty for the embedded pack alone. */
  static KnowledgePack pack(String overrides) {
    return PACKS.computeIfAbsent(overrides, file -> file.isEmpty() ? KnowledgePackJson.embedded()
        : KnowledgePackJson.applyOverrides(KnowledgePackJson.embedded(), Path.of(file)));
  }
}
