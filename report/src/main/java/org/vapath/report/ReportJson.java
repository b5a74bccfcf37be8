package org.vapath.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a reading as JSON in the corpus annotation's shape ({@code modality}, {@code levels} with
 * the per-level keys, a key absent when the report says nothing), plus, per level, the
 * {@code evidence} of each fact: the sentences it was read from, their character spans, and how
 * each was read.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {
  }

  public static String write(ReportReading reading) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      if (reading.modality() != null) {
        json.writeStringField("modality", reading.modality());
      }
      json.writeArrayFieldStart("levels");
      for (LevelReading level : reading.levels()) {
        level(json, level);
      }
      json.writeEndArray();
      json.writeStringField("lexiconVersion", reading.lexiconVersion());
      if (reading.lexiconAdditions() != null) {
        json.writeStringField("lexiconAdditions", reading.lexiconAdditions());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void level(JsonGenerator json, LevelReading level) throws IOException {
    json.writeStartObject();
    json.writeStringField("level", level.level().name());
    for (Map.Entry<FactKey, Fact> fact : level.facts().entrySet()) {
      value(json, fact.getKey(), fact.getValue().value());
    }
    json.writeObjectFieldStart("evidence");
    for (Map.Entry<FactKey, Fact> fact : level.facts().entrySet()) {
      json.writeArrayFieldStart(fact.getKey().jsonName());
      for (Evidence evidence : fact.getValue().evidence()) {
        json.writeStartObject();
        json.writeStringField("sentence", evidence.sentence());
        json.writeNumberField("start", evidence.start());
        json.writeNumberField("end", evidence.end());
        json.writeStringField("term", evidence.term());
        json.writeStringField("how", evidence.how());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void value(JsonGenerator json, FactKey key, String value) throws IOException {
    switch (key.kind()) {
      case NUMBER -> json.writeNumberField(key.jsonName(), Integer.parseInt(value));
      case TRUTH -> {
        if ("uncertain".equals(value)) {
          json.writeStringField(key.jsonName(), value);
        } else {
          json.writeBooleanField(key.jsonName(), Boolean.parseBoolean(value));
        }
      }
      default -> json.writeStringField(key.jsonName(), value);
    }
  }
}
