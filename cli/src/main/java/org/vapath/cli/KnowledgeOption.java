package org.vapath.cli;

import java.nio.file.Path;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;
import picocli.CommandLine.Option;

/** The {@code --knowledge FILE} option: an institution's overrides on the embedded knowledge pack. */
final class KnowledgeOption {
  @Option(names = "--knowledge", paramLabel = "FILE",
      description = "An institution's threshold overrides (JSON), applied to the embedded knowledge pack and"
          + " named in every assessment. Values outside a threshold's safe range are refused.")
  Path overrides;

  KnowledgePack pack() {
    KnowledgePack pack = KnowledgePackJson.embedded();
    return overrides == null ? pack : KnowledgePackJson.applyOverrides(pack, overrides);
  }
}
