package org.vapath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.vapath.core.InputError;

/**
 * {@code vapath screen --spark MASTER}: the Spark job of module {@code spark}, run in a JVM of its
 * own with Spark on its class path (Spark is not part of the command line's jar) and the JVM
 * options Spark needs, which the Spark jar carries. Its output (Spark's stage progress and the
 * summary) goes to this terminal.
 */
final class SparkLocal {
  static final String BUILD = "mvn -B -DskipTests -pl spark -am package";

  private SparkLocal() {
  }

  static int run(String master, Path export, Path out, LocalDate day, Path knowledge) throws IOException,
      InterruptedException {
    Path target = home().resolve("spark").resolve("target");
    Path jar = sparkJar(target);
    if (jar == null || !Files.isDirectory(target.resolve("lib"))) {
      throw new InputError("--spark", '"' + master + '"', "needs the Spark module built first (" + BUILD
          + ", from " + home() + ")");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions(jar));
    command.addAll(List.of("-Dspark.master=" + master, "-Dspark.ui.enabled=false",
        "-Dspark.ui.showConsoleProgress=true",
        "-Dlog4j2.configurationFile=vapath-spark-log4j2.properties",
        "-cp", jar + java.io.File.pathSeparator + target.resolve("lib") + java.io.File.separator + "*",
        "org.vapath.spark.ScreenJob", export.toAbsolutePath().toString(), out.toAbsolutePath().toString(),
        day.toString(), knowledge == null ? "" : knowledge.toAbsolutePath().toString()));
    ProcessBuilder process = new ProcessBuilder(command).inheritIO();
    process.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1"); // local mode: no network lookups
    return process.start().waitFor();
  }

  /** The project's folder: set by the {@code vapath} launcher, else two folders above the jar (cli/target). */
  private static Path home() {
    String home = System.getProperty("vapath.home");
    if (home != null) {
      return Path.of(home);
    }
    try {
      Path jar = Path.of(SparkLocal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent().getParent().getParent();
    } catch (URISyntaxException e) {
      return Path.of(".");
    }
  }

  private static Path sparkJar(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().matches("vapath-spark-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElse(null);
    }
  }

  private static List<String> javaOptions(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("org/vapath/spark/java-options.txt"))) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+")).toList();
    }
  }
}
