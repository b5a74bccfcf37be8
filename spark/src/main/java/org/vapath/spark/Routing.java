package org.vapath.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vapath.screen.LineKey;
import org.vapath.screen.Relevance;

/** Routes one export line to its patient inside a task, as the one-machine screening does. */
final class Routing {
  private static final Map<String, Relevance> RELEVANCE = new ConcurrentHashMap<>();

  private Routing() {
  }

  static RoutedLine route(String knowledge, int file, long number, String text) {
    if (text.isBlank()) {
      return null;
    }
    byte[] line = text.getBytes(StandardCharsets.UTF_8);
    Relevance relevance = RELEVANCE.computeIfAbsent(knowledge, k -> new Relevance(Knowledge.pack(k)));
    if (!relevance.matters(line, 0, line.length)) {
      return new RoutedLine(RoutedLine.NOT_RELEVANT, null, null, file, number, null, null);
    }
    String quick = LineKey.quickPatient(line, 0, line.length);
    if (quick != null) {
      return new RoutedLine(RoutedLine.PATIENT, quick, null, file, number, text, null);
    }
    LineKey key;
    try {
      key = LineKey.of(line, 0, line.length);
    } catch (IOException e) {
      String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
      return new RoutedLine(RoutedLine.MALFORMED, null, null, file, number, null, message);
    }
    if ("Medication".equals(key.resourceType()) && key.id() != null) {
      return new RoutedLine(RoutedLine.MEDICATION, null, key.id(), file, number, text, null);
    }
    if (key.patient() == null) {
      return new RoutedLine(RoutedLine.MALFORMED, null, null, file, number, null,
          "no patient: neither subject nor patient names one");
    }
    return new RoutedLine(RoutedLine.PATIENT, key.patient(), null, file, number, text, null);
  }
}
