package org.vapath.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code vapath serve}'s options from environment variables, as a container is configured: an option
 * given on the command line wins, then its variable, then the option's own default. Only the options
 * of this table are read from the environment, so that no other variable changes what serve does.
 */
final class ServeEnvironment implements IDefaultValueProvider {
  /** Each option and its variable. */
  static final Map<String, String> VARIABLES = Map.ofEntries(
      Map.entry("--port", "VAPATH_PORT"),
      Map.entry("--public-url", "VAPATH_PUBLIC_URL"),
      Map.entry("--data", "VAPATH_DATA"),
      Map.entry("--database-url", "VAPATH_DATABASE_URL"),
      Map.entry("--database-user", "VAPATH_DATABASE_USER"),
      Map.entry("--issuer", "VAPATH_ISSUER"),
      Map.entry("--issuer-fhir", "VAPATH_ISSUER_FHIR"),
      Map.entry("--knowledge", "VAPATH_KNOWLEDGE"),
      Map.entry("--trust-proxy-headers", "VAPATH_TRUST_PROXY_HEADERS"),
      Map.entry("--metrics-open", "VAPATH_METRICS_OPEN"),
      Map.entry("--log-format", "VAPATH_LOG_FORMAT"),
      Map.entry("--backup-folder", "VAPATH_BACKUP_FOLDER"));

  private final Map<String, String> environment;

  /** Reads {@code environment}: {@link System#getenv()}, or a test's map. */
  ServeEnvironment(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (argument instanceof OptionSpec option) {
      String variable = VARIABLES.get(option.longestName());
      String value = variable == null ? null : environment.get(variable);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return argument.defaultValue();
  }
}
