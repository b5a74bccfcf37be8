package org.vapath.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vapath.core.InputError;
import org.vapath.report.ReportReader;
import org.vapath.report.cases.ReadReport;

/**
 * The radiology reports of the spine in a record, read by the report reader: each DiagnosticReport
 * and DocumentReference whose code, type, category or description says spine (the pack's spine
 * words, as for imaging). A DiagnosticReport's text is its {@code presentedForm} in plain text
 * (base64), else its {@code conclusion}; a DocumentReference's is its plain-text attachments. A
 * spine report whose text cannot be read (only a URL, a PDF, bad base64, not text) is named in the
 * record issues: it may hold the fracture.
 */
final class ReportTexts {
  private static final Set<String> VOID = Set.of("entered-in-error", "cancelled", "superseded");

  private final ReportReader reader;
  private final Codes codes;
  private final ReadIssues issues;

  ReportTexts(ReportReader reader, Codes codes, ReadIssues issues) {
    this.reader = reader;
    this.codes = codes;
    this.issues = issues;
  }

  List<ReadReport> read(List<JsonNode> diagnosticReports, List<JsonNode> documents) {
    List<ReadReport> read = new ArrayList<>();
    for (JsonNode report : diagnosticReports) {
      if (isSpineReport(report, "code", "category")) {
        List<Attachment> forms = new ArrayList<>();
        JsonNode presented = report.path("presentedForm");
        for (int i = 0; i < presented.size(); i++) {
          forms.add(new Attachment(presented.get(i), "presentedForm[" + i + "]"));
        }
        List<String> texts = texts(report, forms);
        String conclusion = FhirNodes.text(report, "conclusion");
        if (texts.isEmpty() && conclusion != null && !conclusion.isBlank()) {
          texts.add("IMPRESSION:\n" + conclusion); // the conclusion is the report's impression
        }
        add(report, texts, date(report, "effective", "issued"), read);
      }
    }
    for (JsonNode document : documents) {
      if (isSpineReport(document, "type", "category")) {
        List<Attachment> contents = new ArrayList<>();
        JsonNode content = document.path("content");
        for (int i = 0; i < content.size(); i++) {
          contents.add(new Attachment(content.get(i).path("attachment"), "content[" + i + "].attachment"));
        }
        add(document, texts(document, contents), date(document, "date", null), read);
      }
    }
    return read;
  }

  private void add(JsonNode resource, List<String> texts, LocalDate date, List<ReadReport> out) {
    for (String text : texts) {
      try {
        out.add(new ReadReport(FhirNodes.where(resource), date, reader.read(text)));
      } catch (InputError e) {
        issues.add(FhirNodes.where(resource), null, "the report's text cannot be read: " + e.problem());
      }
    }
  }

  private boolean isSpineReport(JsonNode resource, String code, String category) {
    String status = FhirNodes.text(resource, "status");
    if (status != null && VOID.contains(status)) {
      return false;
    }
    List<String> words = new ArrayList<>();
    words.add(FhirNodes.words(resource.get(code)));
    resource.path(category).forEach(c -> words.add(FhirNodes.words(c)));
    words.add(FhirNodes.text(resource, "description"));
    return words.stream().anyMatch(w -> w != null && codes.words().saysSpine(w));
  }

  /** An attachment and where it is in its resource. */
  private record Attachment(JsonNode node, String element) {
    String type() {
      return FhirNodes.text(node, "contentType");
    }

    boolean plainText() {
      return type() == null || type().toLowerCase(Locale.ROOT).startsWith("text/plain");
    }
  }

  /** The plain texts among a resource's attachments; a spine report none of whose text can be read is named. */
  private List<String> texts(JsonNode resource, List<Attachment> attachments) {
    List<String> texts = new ArrayList<>();
    boolean anyText = attachments.stream().anyMatch(a -> a.plainText() && FhirNodes.text(a.node(), "data") != null);
    for (Attachment attachment : attachments) {
      String data = FhirNodes.text(attachment.node(), "data");
      if (!attachment.plainText()) {
        if (!anyText) {
          issues.add(FhirNodes.where(resource), attachment.element(), "the report is " + attachment.type()
              + ", which VAPath does not read: its facts are unknown to this assessment");
        }
      } else if (data == null) {
        if (!anyText && FhirNodes.text(attachment.node(), "url") != null) {
          issues.add(FhirNodes.where(resource), attachment.element(), "the report's text is only at a URL, which"
              + " VAPath does not fetch: its facts are unknown to this assessment");
        }
      } else {
        String text = decode(data);
        if (text == null) {
          issues.add(FhirNodes.where(resource), attachment.element() + ".data", "is not base64 of UTF-8 text: the"
              + " report was not read");
        } else {
          texts.add(text);
        }
      }
    }
    return texts;
  }

  private static String decode(String base64) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(base64);
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }

  private LocalDate date(JsonNode resource, String choice, String instant) {
    try {
      LocalDate date = choice.equals("date") ? FhirNodes.date(FhirNodes.text(resource, "date"), resource, "date")
          : FhirNodes.choiceDate(resource, choice);
      if (date == null && instant != null) {
        date = FhirNodes.date(FhirNodes.text(resource, instant), resource, instant);
      }
      return date;
    } catch (InputError e) {
      issues.add(resource, e); // the report counts; only its date is unknown
      return null;
    }
  }
}
