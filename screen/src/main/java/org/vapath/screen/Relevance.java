package org.vapath.screen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vapath.core.KnowledgePack;
import org.vapath.core.knowledge.Concept;
import org.vapath.fhir.VapathFhir;

/**
 * Whether an Observation line can matter to VAPath, decided from its bytes: only one with a code of
 * the knowledge pack's terminology (a lab, a pain score), or a VAPath case fact, can change a case,
 * so the others (vital signs, other labs, survey answers) need not be parsed at all. Every
 * DiagnosticReport is kept: one whose title says spine counts as spine imaging whatever its code. A
 * DocumentReference (an export holds every clinical note) is kept only when its words outside the
 * attachments' data say spine (the pack's spine words), since only a spine report is read from it.
 * The test is conservative: a line in which no code can be read quickly, or with an escape, is kept
 * and parsed as usual. (A code
 * read as Latin-1 bytes can only equal a known code, all ASCII, if it is the same code.)
 */
public final class Relevance {
  private static final byte[] OBSERVATION = Bytes.ascii("{\"resourceType\":\"Observation\"");
  private static final byte[] CODE = Bytes.ascii("\"code\":\"");
  private static final byte[] DOCUMENT = Bytes.ascii("{\"resourceType\":\"DocumentReference\"");
  private static final java.util.regex.Pattern DATA = java.util.regex.Pattern.compile("\"data\"\\s*:\\s*\"[^\"]*\"");

  private final Set<String> codes = new HashSet<>();
  private final List<String> prefixes = new ArrayList<>();

  private final org.vapath.core.knowledge.SpineWords spine;

  public Relevance(KnowledgePack pack) {
    spine = pack.terminology().spineWords();
    // The case facts' codes, and their coded values, are VAPath's own: always relevant.
    codes.addAll(List.of(VapathFhir.PAIN_STATUS, VapathFhir.THERAPY_RESPONSE, VapathFhir.MYELOPATHY,
        VapathFhir.RADICULOPATHY, VapathFhir.INFECTION_STATUS, VapathFhir.COAGULOPATHY_STATUS,
        VapathFhir.CREATININE_CLEARANCE));
    for (Concept concept : pack.terminology().concepts()) {
      if (concept.prefix()) {
        prefixes.add(concept.code());
      } else {
        codes.add(concept.code());
      }
    }
  }

  /** {@code false} only for an Observation none of whose codes VAPath knows, or a note that is not of the spine. */
  public boolean matters(byte[] line, int from, int length) {
    int to = from + length;
    if (Bytes.startsWith(line, from, to, DOCUMENT)) {
      String words = DATA.matcher(new String(line, from, length, StandardCharsets.ISO_8859_1)).replaceAll("");
      return words.contains("\\u") || spine.saysSpine(words);
    }
    if (!Bytes.startsWith(line, from, to, OBSERVATION)) {
      return true;
    }
    boolean sawCode = false;
    for (int at = Bytes.indexOf(line, from, to, CODE); at >= 0; at = Bytes.indexOf(line, at + 1, to, CODE)) {
      int start = at + CODE.length;
      int end = start;
      while (end < to && line[end] != '"') {
        if (line[end] == '\\') {
          return true;
        }
        end++;
      }
      String code = new String(line, start, end - start, StandardCharsets.ISO_8859_1);
      if (codes.contains(code)) {
        return true;
      }
      for (String prefix : prefixes) {
        if (code.startsWith(prefix)) {
          return true;
        }
      }
      sawCode = true;
    }
    return !sawCode;
  }

}
