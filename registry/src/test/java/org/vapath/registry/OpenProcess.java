package org.vapath.registry;

import java.nio.file.Path;
import org.vapath.core.json.KnowledgePackJson;

/** A child process that opens the embedded registry of a folder, says so, and holds it until killed. */
public final class OpenProcess {
  private OpenProcess() {
  }

  public static void main(String[] args) throws InterruptedException {
    Registry registry = Registry.embedded(Path.of(args[0]), KnowledgePackJson.embedded());
    System.out.println("open " + registry.recentCases(1).size());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
