package org.vapath.registry;

import org.vapath.core.json.KnowledgePackJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.KnowledgePack;
import org.vapath.core.Vignettes;
import org.vapath.core.json.CaseReader;

/**
 * A child process for the durability test: four threads store cases in the embedded registry
 * without end, each printing the id of a case once {@code saveCase} has returned (acknowledged).
 * The test kills it with SIGKILL.
 */
public final class WriterProcess {
  private WriterProcess() {
  }

  public static void main(String[] args) {
    KnowledgePack pack = KnowledgePackJson.embedded();
    Case kase = new CaseReader(pack, () -> LocalDate.of(2026, 11, 23))
        .read(Vignettes.read("/vignettes/P01-osteoporotic-classic.case.json"));
    var assessment = Engine.withEmbeddedKnowledge().assess(kase);
    Registry registry = Registry.embedded(Path.of(args[0]), pack);
    Executor writers = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      writers.execute(() -> {
        while (true) {
          long id = registry.saveCase(kase, assessment, "writer");
          synchronized (System.out) {
            System.out.println(id);
            System.out.flush();
          }
        }
      });
    }
  }
}
