package org.vapath.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.vapath.fhir.References;

/**
 * The patient a line that cannot be read still names, so that the line is not lost but attached to
 * that patient's record as a part that could not be read (a {@code RecordIssue}): a resource about
 * the patient may be the fracture or the lab that decides, so assessing the rest as if it were not
 * there would be wrong. Found, in this order:
 *
 * <ol>
 *   <li>in the part of the line before the fault, read as JSON: its top-level {@code subject} or
 *       {@code patient} reference, or a Patient's {@code id}: what a parser has read before a
 *       syntax error, or before a line cut off, is sound;
 *   <li>failing that, in the bytes after it: {@code "subject":{"reference":"..."}} or
 *       {@code "patient":{"reference":"..."}}, written as exporters write them, when every such
 *       reference names the same patient.
 * </ol>
 *
 * A line whose type is read and is not one VAPath reads, or is a shared Medication, has no owner:
 * it would not have been read whole either.
 */
final class LineOwner {
  private static final JsonFactory JSON = new JsonFactory();
  private static final byte[][] COMPACT = {Bytes.ascii("\"subject\":{\"reference\":\""),
      Bytes.ascii("\"patient\":{\"reference\":\"")};

  private LineOwner() {
  }

  /** The id of the patient the unreadable line names, or {@code null} when it names none for sure. */
  static String of(byte[] line, int from, int length) {
    Prefix prefix = new Prefix();
    try (JsonParser parser = JSON.createParser(line, from, length)) {
      prefix.read(parser);
    } catch (JsonProcessingException e) {
      // the fault: what was read before it stands
    } catch (IOException e) {
      throw new UncheckedIOException(e); // bytes in memory
    }
    if (prefix.type != null && (!BulkExport.READ.contains(prefix.type) || prefix.type.equals("Medication"))) {
      return null;
    }
    if ("Patient".equals(prefix.type)) {
      return prefix.id;
    }
    String reference = prefix.reference != null ? prefix.reference : compact(line, from, from + length);
    return References.idOf(reference);
  }

  /** The one reference the compact patterns find in the bytes, or {@code null} when none or several differ. */
  private static String compact(byte[] line, int from, int to) {
    Set<String> found = new LinkedHashSet<>();
    for (byte[] pattern : COMPACT) {
      for (int at = Bytes.indexOf(line, from, to, pattern); at >= 0; at = Bytes.indexOf(line, at + 1, to, pattern)) {
        int start = at + pattern.length;
        int end = start;
        while (end < to && line[end] != '"' && line[end] != '\\') {
          end++;
        }
        if (end < to && line[end] == '"' && end > start) {
          found.add(new String(line, start, end - start, StandardCharsets.UTF_8));
        }
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** What the top level of the line gives before the fault. */
  private static final class Prefix {
    private String type;
    private String id;
    private String reference;

    void read(JsonParser parser) throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING && field.equals("resourceType")) {
          type = parser.getText();
        } else if (value == JsonToken.VALUE_STRING && field.equals("id")) {
          id = parser.getText();
        } else if (value == JsonToken.START_OBJECT && (field.equals("subject") || field.equals("patient"))) {
          KeptLine.reference(parser, read -> reference = read);
        } else {
          parser.skipChildren();
        }
      }
    }
  }
}
