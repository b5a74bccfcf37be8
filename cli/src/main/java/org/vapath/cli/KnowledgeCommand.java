package org.vapath.cli;

import java.util.concurrent.Callable;
import org.vapath.core.KnowledgePack;
import org.vapath.core.json.KnowledgePackJson;
import org.vapath.core.text.KnowledgeMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vapath knowledge}: prints the knowledge pack in force, with its sources and any overrides. */
@Command(name = "knowledge", mixinStandardHelpOptions = true,
    description = "Print the knowledge pack in force: every threshold, code list and figure with its source.")
final class KnowledgeCommand implements Callable<Integer> {
  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  private KnowledgeOption knowledge;

  @Option(names = "--json", description = "Print JSON for machines instead of Markdown for people.")
  private boolean json;

  @Override
  public Integer call() {
    KnowledgePack pack = knowledge.pack();
    spec.commandLine().getOut().println(json ? KnowledgePackJson.write(pack) : KnowledgeMarkdown.render(pack));
    return 0;
  }
}
