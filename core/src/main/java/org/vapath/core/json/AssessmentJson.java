package org.vapath.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.vapath.core.Assessment;
import org.vapath.core.assessment.Finding;
import org.vapath.core.model.Etiology;

/** Writes assessments as JSON, in the contract's field names; the case's vocabularies in lower case. */
public final class AssessmentJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule("vapath-assessment")
          .addSerializer(LocalDate.class, ToStringSerializer.instance)
          .addSerializer(Etiology.class, new LowerCaseSerializer()))
      .addModule(new BlackbirdModule())
      .addMixIn(Finding.class, FindingFlags.class)
      .build();
  private static final ObjectWriter COMPACT = MAPPER.writerFor(Assessment.class);
  private static final ObjectWriter PRETTY = COMPACT.withDefaultPrettyPrinter();

  private AssessmentJson() {
  }

  /** The assessment on one line, as NDJSON wants it. */
  public static String compact(Assessment assessment) {
    return write(COMPACT, assessment);
  }

  /** The assessment indented for people. */
  public static String pretty(Assessment assessment) {
    return write(PRETTY, assessment);
  }

  /** The writer, for streaming many assessments through one generator. */
  public static ObjectWriter writer() {
    return COMPACT;
  }

  private static String write(ObjectWriter writer, Assessment assessment) {
    try {
      return writer.writeValueAsString(assessment);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shows a finding's flags only when they are set, so that the usual finding stays short. */
  @SuppressWarnings("UnusedMethod") // read by Jackson as a mix-in
  private abstract static class FindingFlags {
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract boolean confirm();

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract boolean institutionalDefault();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Integer fracture();
  }

  private static final class LowerCaseSerializer extends StdSerializer<Etiology> {
    private static final long serialVersionUID = 1L;

    LowerCaseSerializer() {
      super(Etiology.class);
    }

    @Override
    public void serialize(Etiology value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(Vocabulary.wireName(value));
    }
  }
}
