package org.vapath.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vapath.core.Assessment;
import org.vapath.core.Case;
import org.vapath.core.Engine;
import org.vapath.core.InputError;
import org.vapath.core.KnowledgePack;
import org.vapath.core.assessment.Decision;
import org.vapath.core.json.CaseJson;
import org.vapath.core.json.CaseReader;
import org.vapath.core.model.ReportedFact;
import org.vapath.registry.RecordNotFound;
import org.vapath.registry.Registry;
import org.vapath.report.ReportReader;
import org.vapath.report.ReportReading;
import org.vapath.report.cases.ReadReport;
import org.vapath.report.cases.ReportsIntoCase;
import org.vapath.server.api.ApiBodies;
import org.vapath.server.StrictJson;
import org.vapath.server.auth.WebSession;

/**
 * The case pages: the form, its result (not yet stored), a stored case with its procedures,
 * complications and follow-ups, and the page behind a CDS Hooks card's link. A form that is
 * refused comes back with everything typed still in it and the field in error marked.
 */
public final class CasePages {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebApp web;
  private final Registry registry;
  private final KnowledgePack pack;
  private final Engine engine;
  private final CaseReader reader;
  private final CaseForm form;
  private final CaseLinks links;
  private final RecordForms records;
  private final ReportReader reports = ReportReader.withEmbeddedLexicon();
  /** The form field holding a pasted radiology report: not part of the case. */
  private static final String REPORT = "report";

  CasePages(WebApp web, Registry registry, KnowledgePack pack, CaseLinks links, Clock clock) {
    this.web = web;
    this.registry = registry;
    this.pack = pack;
    this.engine = new Engine(pack);
    this.reader = new CaseReader(pack, () -> LocalDate.now(clock));
    this.form = new CaseForm(CaseFormLayout.of(pack));
    this.links = links;
    this.records = new RecordForms(pack);
  }

  public void newForm(Context ctx) {
    showForm(ctx, 200, Map.of(), List.of(), List.of());
  }

  /** Reads a pasted radiology report into the form's blank fields, for the clinician to confirm. */
  public void readReport(Context ctx) {
    Map<String, String> values = formValues(ctx);
    String text = values.remove(REPORT);
    try {
      ReportReading reading = reports.read(text == null ? "" : text);
      FormCheck.Checked checked = FormCheck.check(form, reader, values);
      if (checked.refused()) {
        values.put(REPORT, text == null ? "" : text);
        showForm(ctx, 400, values, checked.errors(), List.of());
        return;
      }
      Case kase = ReportsIntoCase.fill(checked.kase(), List.of(new ReadReport("the pasted report", null, reading)));
      JsonNode tree = JSON.readTree(CaseJson.pretty(kase));
      ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("reportedFacts");
      Map<String, String> read = new LinkedHashMap<>(form.values(tree));
      read.put(REPORT, text);
      showForm(ctx, 200, read, List.of(), kase.reportedFacts());
    } catch (InputError e) {
      values.put(REPORT, text == null ? "" : text);
      showForm(ctx, 400, values, List.of(e), List.of());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public void edit(Context ctx) {
    showForm(ctx, 200, form.values(caseTree(ctx.formParam("case"))), List.of(), List.of());
  }

  public void assess(Context ctx) {
    Map<String, String> values = formValues(ctx);
    String report = values.remove(REPORT);
    FormCheck.Checked checked = FormCheck.check(form, reader, values);
    if (checked.refused()) {
      if (report != null) {
        values.put(REPORT, report);
      }
      showForm(ctx, 400, values, checked.errors(), List.of());
    } else {
      showResult(ctx, checked.kase(), null);
    }
  }

  public void save(Context ctx) {
    String user = WebSession.user(ctx);
    Case kase = reader.read(caseTree(ctx.formParam("case")));
    long id = registry.saveCase(kase, engine.assess(kase), user);
    ctx.redirect("/cases/" + id + "?saved=1#next-step", HttpStatus.SEE_OTHER);
  }

  public void fromCard(Context ctx) {
    Case kase = links.find(ctx.pathParam("token")).orElseThrow(() -> new RecordNotFound("This link has expired or"
        + " is unknown (links from the EHR's cards are kept for a limited time). Open the patient in the EHR again."));
    showResult(ctx, kase, "Assessed from the EHR's FHIR data. Check what stayed unknown before you save it.");
  }

  public void show(Context ctx) {
    showCase(ctx, ApiBodies.pathId(ctx), 200, null);
  }

  public void recordProcedure(Context ctx) {
    long caseId = ApiBodies.pathId(ctx);
    String user = WebSession.user(ctx);
    record(ctx, caseId, RecordForms.PROCEDURE, () -> registry.recordProcedure(caseId,
        ApiBodies.procedure(records.procedure(formValues(ctx))), user));
  }

  public void recordComplication(Context ctx) {
    long procedureId = ApiBodies.pathId(ctx);
    String user = WebSession.user(ctx);
    record(ctx, registry.caseOfProcedure(procedureId), RecordForms.COMPLICATION + procedureId, () ->
        registry.recordComplication(procedureId, ApiBodies.complication(records.complication(formValues(ctx))), user));
  }

  public void recordFollowUp(Context ctx) {
    long procedureId = ApiBodies.pathId(ctx);
    String user = WebSession.user(ctx);
    record(ctx, registry.caseOfProcedure(procedureId), RecordForms.FOLLOW_UP + procedureId, () ->
        registry.recordFollowUp(procedureId, ApiBodies.followUp(records.followUp(formValues(ctx))), user));
  }

  private void record(Context ctx, long caseId, String formName, Runnable write) {
    try {
      write.run();
      ctx.redirect("/cases/" + caseId + "#procedures", HttpStatus.SEE_OTHER);
    } catch (InputError e) {
      showCase(ctx, caseId, 400, new RecordForms.Refused(formName, formValues(ctx), RecordForms.inWords(e)));
    } catch (IllegalArgumentException e) {
      showCase(ctx, caseId, 400, new RecordForms.Refused(formName, formValues(ctx), e.getMessage()));
    }
  }

  private void showCase(Context ctx, long id, int status, RecordForms.Refused refused) {
    String user = WebSession.user(ctx);
    JsonNode stored = tree(registry.assessmentJson(id, user));
    Case kase = reader.read(registry.caseJson(id));
    Assessment today = engine.assess(kase);
    Map<String, Object> scope = web.scope(ctx, "Case " + (kase.caseId() == null ? id : kase.caseId()));
    // the record is the record: the page shows the assessment as stored, and today's only beside it
    scope.putAll(StoredView.of(stored, pack));
    scope.put("storedId", id);
    scope.put("saved", "1".equals(ctx.queryParam("saved")));
    TodaysView.of(stored, today).ifPresent(t -> scope.put("today", t));
    var procedures = records.procedures(registry.procedures(id), refused);
    scope.put("procedures", procedures);
    scope.put("hasProcedures", !procedures.isEmpty());
    scope.put("procedureForm", records.procedureForm(today, user, refused));
    scope.put("caseJson", CaseJson.pretty(kase));
    web.render(ctx, status, "case", scope);
  }

  private void showForm(Context ctx, int status, Map<String, String> values, List<InputError> errors,
      List<ReportedFact> read) {
    Map<String, Object> scope = web.scope(ctx, "Assess a patient");
    scope.put("sections", FormView.of(form.layout(), values, errors));
    scope.put("report", values.getOrDefault(REPORT, ""));
    scope.put("hasRead", !read.isEmpty());
    scope.put("readFromReport", readWords(read));
    if (!errors.isEmpty()) {
      scope.put("errors", FormView.errors(form.layout(), errors));
      scope.put("errorCount", errors.size() == 1 ? "One answer needs" : errors.size() + " answers need");
    }
    web.render(ctx, status, "form", scope);
  }

  private void showResult(Context ctx, Case kase, String note) {
    Assessment assessment = engine.assess(kase);
    Map<String, Object> scope = web.scope(ctx, "Assessment" + (kase.caseId() == null ? "" : " of " + kase.caseId()));
    scope.putAll(ResultView.of(assessment, pack));
    scope.put("caseJson", CaseJson.pretty(kase));
    scope.put("unsaved", true);
    scope.put("note", note);
    scope.put("indicated", assessment.decision() == Decision.INDICATED);
    web.render(ctx, 200, "result", scope);
  }

  /** Each fact read, in words, with its sentence: "L1 marrow edema: true (“...”)". */
  private static List<String> readWords(List<ReportedFact> read) {
    List<String> words = new ArrayList<>(read.size());
    for (ReportedFact fact : read) {
      String what = switch (fact.use()) {
        case FILLED -> "";
        case UNCERTAIN -> " \u2014 hedged, left blank";
        case CONFLICT -> " \u2014 not used: " + fact.other();
      };
      words.add(fact.level() + " " + fact.field() + ": " + fact.value() + what + (fact.sentence() == null ? ""
          : " (\u201c" + fact.sentence() + "\u201d)"));
    }
    return words;
  }

  private static Map<String, String> formValues(Context ctx) {
    Map<String, String> values = new LinkedHashMap<>();
    ctx.formParamMap().forEach((name, list) -> {
      if (!name.equals(WebSession.FORM_FIELD) && !list.isEmpty()) {
        values.put(name, list.get(0));
      }
    });
    return values;
  }

  private static JsonNode caseTree(String json) {
    JsonNode tree = json == null ? null : StrictJson.read(json, "case");
    if (tree == null || !tree.isObject()) {
      throw new InputError("case", null, "is required: the case as JSON");
    }
    return tree;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
