package org.vapath.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.vapath.fhir.MappedElements;
import org.vapath.fhir.References;

/**
 * One export line as the screening keeps it for grouping: only the elements the FHIR mapping reads
 * ({@link MappedElements}), written compactly, with whose it is. A Synthea Patient line of 3 KB keeps
 * about 150 bytes, so the lines held for grouping, in memory, spill files or a Spark shuffle, are a
 * fraction of the export. A class, not a record: the bytes are handed on, never compared.
 */
public final class KeptLine {
  /** Why a line that names no patient is not grouped. */
  public static final String NO_PATIENT = "no patient: neither subject nor patient names one";
  private static final JsonFactory JSON = new JsonFactory();

  private final String resourceType;
  private final String id;
  private final String patient;
  private final String medication;
  private final byte[] json;

  private KeptLine(String resourceType, String id, String patient, String medication, byte[] json) {
    this.resourceType = resourceType;
    this.id = id;
    this.patient = patient;
    this.medication = medication;
    this.json = json;
  }

  /**
   * Reads a line, copying the elements the mapping reads byte for byte (the others are skipped, still
   * checked as JSON); one that is not one JSON object is refused with the parser's words.
   */
  public static KeptLine read(byte[] line, int from, int length) throws JsonProcessingException {
    try {
      return keep(line, from, length);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // bytes in memory: not an I/O failure that can happen
    }
  }

  private static KeptLine keep(byte[] line, int from, int length) throws IOException {
    try (JsonParser parser = JSON.createParser(line, from, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(parser, "a FHIR resource must be a JSON object");
      }
      Reading reading = new Reading();
      for (String element = parser.nextFieldName(); element != null; element = parser.nextFieldName()) {
        int start = (int) parser.currentTokenLocation().getByteOffset();
        JsonToken value = parser.nextToken();
        if (MappedElements.isRead(reading.type, element)) {
          reading.read(parser, element, value);
          reading.keep(start, (int) parser.currentLocation().getByteOffset());
        } else {
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "more follows the resource's JSON object");
      }
      String owner = "Patient".equals(reading.type) ? reading.id
          : References.idOf(reading.subject != null ? reading.subject : reading.patient);
      String medication = reading.medication == null || reading.medication.startsWith("#") ? null
          : References.idOf(reading.medication);
      return new KeptLine(reading.type, reading.id, owner, medication, reading.copy(line, from));
    }
  }

  /** What one line has given so far: the fields it is routed by, and where the kept elements are. */
  private static final class Reading {
    private String type;
    private String id;
    private String subject;
    private String patient;
    private String medication;
    private int[] kept = new int[16]; // from and to of each element kept, relative to the line
    private int count;
    private int size = 1;

    /** Reads a kept element's value to its end, noting what the line is routed by. */
    void read(JsonParser parser, String element, JsonToken value) throws IOException {
      boolean object = value == JsonToken.START_OBJECT;
      if (value == JsonToken.VALUE_STRING && element.equals("resourceType")) {
        type = parser.getText();
      } else if (value == JsonToken.VALUE_STRING && element.equals("id")) {
        id = parser.getText();
      } else if (object && element.equals("subject")) {
        subject = reference(parser);
      } else if (object && element.equals("patient")) {
        patient = reference(parser);
      } else if (object && element.equals("medicationReference")) {
        medication = reference(parser);
      } else if (value == JsonToken.VALUE_STRING) {
        parser.finishToken();
      } else {
        parser.skipChildren();
      }
    }

    void keep(int from, int to) {
      if (count == kept.length) {
        kept = Arrays.copyOf(kept, count * 2);
      }
      kept[count++] = from;
      kept[count++] = to;
      size += to - from + 1;
    }

    /** The kept elements as one JSON object: braces around them, commas between. */
    byte[] copy(byte[] line, int from) {
      byte[] json = new byte[Math.max(2, size)];
      json[0] = '{';
      int at = 1;
      for (int i = 0; i < count; i += 2) {
        if (i > 0) {
          json[at++] = ',';
        }
        System.arraycopy(line, from + kept[i], json, at, kept[i + 1] - kept[i]);
        at += kept[i + 1] - kept[i];
      }
      json[at] = '}';
      return json;
    }
  }

  /** The {@code reference} of the subject (or patient) object the parser is at, which it reads to its end. */
  private static String reference(JsonParser parser) throws IOException {
    String[] reference = new String[1];
    reference(parser, read -> reference[0] = read);
    return reference[0];
  }

  /**
   * Reads the reference object the parser is at to its end, handing its {@code reference} to {@code
   * noted} as soon as it is read (so that a line that breaks later still names its patient).
   */
  static void reference(JsonParser parser, Consumer<String> noted) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("reference") && value == JsonToken.VALUE_STRING) {
        noted.accept(parser.getText());
      } else {
        parser.skipChildren();
      }
    }
  }

  /** Why a line could not be read, in the parser's words, for the report: their first line. */
  public static String problem(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** The patient a line that {@link #read} refused still names ({@link LineOwner}), or {@code null}. */
  public static String ownerOfUnreadable(byte[] line, int from, int length) {
    return LineOwner.of(line, from, length);
  }

  /** A Medication resource with an id: shared, joined to the patients whose requests name it. */
  public boolean isSharedMedication() {
    return "Medication".equals(resourceType) && id != null;
  }

  /**
   * Whether its resource type is one VAPath reads ({@link BulkExport#READ}). Lines of other types
   * appear in files that hold several (an export organised by patient, with its Parameters
   * headers) and are set aside unread, as the files of those types are; a line with no type goes on
   * to its patient, whose mapping names the fault.
   */
  public boolean isOfATypeRead() {
    return resourceType == null || BulkExport.READ.contains(resourceType);
  }

  public String resourceType() {
    return resourceType;
  }

  public String id() {
    return id;
  }

  /** The patient it belongs to; {@code null} when it names none (or a Medication, which is shared). */
  public String patient() {
    return patient;
  }

  /** The id of the Medication resource its {@code medicationReference} names, unless contained. */
  public String medication() {
    return medication;
  }

  /** The kept elements, as compact UTF-8 JSON. */
  public byte[] json() {
    return json;
  }
}
