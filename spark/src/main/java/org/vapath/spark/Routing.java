package org.vapath.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vapath.screen.KeptLine;
import org.vapath.screen.Relevance;

/** Keeps one export line for its patient inside a task, as the one-machine screening does. */
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
    KeptLine kept;
    try {
      kept = KeptLine.read(line, 0, line.length);
    } catch (JsonProcessingException e) {
      String owner = KeptLine.ownerOfUnreadable(line, 0, line.length);
      return new RoutedLine(owner == null ? RoutedLine.MALFORMED : RoutedLine.UNREADABLE, owner, null, file, number,
          null, KeptLine.problem(e));
    }
    if (!kept.isOfATypeRead()) {
      return new RoutedLine(RoutedLine.NOT_RELEVANT, null, null, file, number, null, null);
    }
    String json = new String(kept.json(), StandardCharsets.UTF_8);
    if (kept.isSharedMedication()) {
      return new RoutedLine(RoutedLine.MEDICATION, null, kept.id(), file, number, json, null);
    }
    if (kept.patient() == null) {
      return new RoutedLine(RoutedLine.MALFORMED, null, null, file, number, null, KeptLine.NO_PATIENT);
    }
    return new RoutedLine(RoutedLine.PATIENT, kept.patient(), kept.medication(), file, number, json, null);
  }
}
