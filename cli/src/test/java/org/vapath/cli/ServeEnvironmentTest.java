package org.vapath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code vapath serve} configured by environment variables, as in a container: the command line wins. */
class ServeEnvironmentTest {
  private static final Map<String, String> CONTAINER = Map.of(
      "VAPATH_PORT", "9090",
      "VAPATH_PUBLIC_URL", "https://vapath.hospital.example",
      "VAPATH_DATA", "/data",
      "VAPATH_DATABASE_URL", "jdbc:postgresql://db/vapath",
      "VAPATH_DATABASE_USER", "vapath_app",
      "VAPATH_ISSUER", "https://ehr.example=https://ehr.example/jwks",
      "VAPATH_METRICS_OPEN", "true",
      "VAPATH_LOG_FORMAT", "json",
      "VAPATH_BACKUP_FOLDER", "/backups",
      "PORT", "1234");

  private static CommandLine serve(Map<String, String> environment, String... args) {
    CommandLine serve = new CommandLine(new ServeCommand());
    serve.setDefaultValueProvider(new ServeEnvironment(environment));
    serve.parseArgs(args);
    return serve;
  }

  private static Object value(CommandLine serve, String option) {
    return serve.getCommandSpec().findOption(option).getValue();
  }

  @Test
  void everyVariableSetsItsOption() {
    CommandLine serve = serve(CONTAINER);

    assertThat(value(serve, "--port")).isEqualTo(9090);
    assertThat(value(serve, "--public-url")).isEqualTo(URI.create("https://vapath.hospital.example"));
    assertThat(value(serve, "--data")).isEqualTo(Path.of("/data"));
    assertThat(value(serve, "--database-url")).isEqualTo("jdbc:postgresql://db/vapath");
    assertThat(value(serve, "--database-user")).isEqualTo("vapath_app");
    assertThat(value(serve, "--issuer")).isEqualTo(List.of("https://ehr.example=https://ehr.example/jwks"));
    assertThat(value(serve, "--metrics-open")).isEqualTo(true);
    assertThat(value(serve, "--log-format")).isEqualTo("json");
    assertThat(value(serve, "--backup-folder")).isEqualTo(Path.of("/backups"));
  }

  @Test
  void theCommandLineWinsAndWithoutVariablesTheDefaultsHold() {
    CommandLine given = serve(CONTAINER, "--port", "8181", "--log-format", "text");
    CommandLine bare = serve(Map.of("PORT", "1234"));

    assertThat(value(given, "--port")).isEqualTo(8181);
    assertThat(value(given, "--log-format")).isEqualTo("text");
    assertThat(value(bare, "--port")).isEqualTo(8080);
    assertThat(value(bare, "--data")).isEqualTo(Path.of("vapath-data"));
    assertThat(value(bare, "--database-url")).isNull();
    assertThat(value(bare, "--metrics-open")).isEqualTo(false);
    assertThat(value(bare, "--log-format")).isEqualTo("text");
  }

  @Test
  void aBadVariableIsRefusedNamingItsOption() {
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"serve"}, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new PrintWriter(err, true), Map.of("VAPATH_PORT", "eighty"));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--port").contains("eighty");
  }
}
