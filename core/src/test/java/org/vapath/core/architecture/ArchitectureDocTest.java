package org.vapath.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/architecture.md's tables of modules and packages are the poms' and the sources', row for row. */
class ArchitectureDocTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE_ROW = Pattern.compile("^\\| `(\\w+)` \\| (.*) \\|$", Pattern.MULTILINE);
  private static final Pattern PACKAGE_ROW = Pattern.compile("^\\| `(org\\.vapath[\\w.]*)` \\|", Pattern.MULTILINE);
  private static final Pattern VAPATH_DEPENDENCY = Pattern.compile("<artifactId>vapath-(\\w+)</artifactId>");

  @Test
  void theModuleTableNamesEachModuleWithWhatItsPomDependsOn() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher row = MODULE_ROW.matcher(doc());
    while (row.find()) {
      documented.add(row.group(1) + " -> " + dependencies(row.group(2)));
    }
    Set<String> built = new TreeSet<>();
    for (String module : modules()) {
      built.add(module + " -> " + pomDependencies(module));
    }

    assertThat(documented).isEqualTo(built);
  }

  @Test
  void thePackageTableNamesEveryPackageOfTheSources() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher row = PACKAGE_ROW.matcher(doc());
    while (row.find()) {
      documented.add(row.group(1));
    }
    Set<String> built = new TreeSet<>();
    for (String module : modules()) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        files.filter(f -> f.toString().endsWith(".java"))
            .forEach(f -> built.add(sources.relativize(f.getParent()).toString().replace('/', '.')));
      }
    }

    assertThat(documented).isEqualTo(built);
  }

  private static String doc() throws IOException {
    return Files.readString(ROOT.resolve("docs/architecture.md"));
  }

  private static List<String> modules() throws IOException {
    List<String> modules = new ArrayList<>();
    Matcher module = Pattern.compile("<module>(\\w+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
    while (module.find()) {
      modules.add(module.group(1));
    }
    return modules;
  }

  private static Set<String> pomDependencies(String module) throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher dependency = VAPATH_DEPENDENCY.matcher(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
    while (dependency.find()) {
      names.add(dependency.group(1));
    }
    names.remove(module);
    names.remove("parent");
    return names;
  }

  private static Set<String> dependencies(String cell) {
    Set<String> names = new TreeSet<>();
    Matcher name = Pattern.compile("`(\\w+)`").matcher(cell);
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }
}
