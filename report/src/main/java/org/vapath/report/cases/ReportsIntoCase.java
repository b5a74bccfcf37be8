package org.vapath.report.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.vapath.core.Case;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.ImagingStudy;
import org.vapath.core.model.Modality;
import org.vapath.core.model.ReportedFact;
import org.vapath.core.model.ReportedFact.Use;
import org.vapath.core.model.VertebralLevel;
import org.vapath.report.Fact;
import org.vapath.report.FactKey;
import org.vapath.report.LevelReading;

/**
 * Fills what a case's structured data left unknown with the per-level facts of its radiology
 * reports, the same way at every door (FHIR, the web form, the screening).
 *
 * <ul>
 *   <li>A fact the record states stands; a report that says otherwise is a conflict, named with both
 *       sides ({@link Use#CONFLICT}).
 *   <li>A fact the record leaves unknown takes the reports' value when they agree ({@link Use#FILLED});
 *       when two reports disagree it stays unknown (a conflict naming both).
 *   <li>A hedged fact ({@code "uncertain"}) is never taken: it stays unknown ({@link Use#UNCERTAIN}).
 *   <li>A fracture a report states at a level the record does not list is added, with the report's
 *       facts; a fracture the report only hedges is not.
 *   <li>Absent marrow edema is not taken from a CT, radiograph or bone scan report: they cannot show it.
 * </ul>
 *
 * Each fact keeps the sentence it came from, in the case's {@code reportedFacts}.
 */
public final class ReportsIntoCase {
  private static final Map<String, Etiology> CAUSES = Map.of("osteoporosis", Etiology.OSTEOPOROSIS,
      "malignancy", Etiology.MALIGNANCY, "hemangioma", Etiology.HEMANGIOMA, "trauma", Etiology.TRAUMA,
      "infection", Etiology.OTHER);
  private static final Map<String, Modality> MODALITIES = Map.of("MR", Modality.MRI, "CT", Modality.CT,
      "XR", Modality.RADIOGRAPH);

  private ReportsIntoCase() {
  }

  /** The case with its reports read into it; the case itself when there are none. */
  public static Case fill(Case kase, List<ReadReport> reports) {
    Objects.requireNonNull(kase, "kase == null");
    if (reports.isEmpty()) {
      return kase;
    }
    Map<VertebralLevel, Map<FactKey, List<Said>>> levels = gather(reports);
    List<ReportedFact> facts = new ArrayList<>(kase.reportedFacts());
    List<Fracture> fractures = kase.fractures() == null ? null : new ArrayList<>(kase.fractures());
    for (var entry : levels.entrySet()) {
      VertebralLevel level = entry.getKey();
      Map<FactKey, List<Said>> said = entry.getValue();
      int index = indexOf(fractures, level);
      Fracture recorded = index < 0 ? null : fractures.get(index);
      Fracture merged = new LevelMerge(level, said, facts).merge(recorded);
      if (merged == null) {
        continue;
      }
      if (fractures == null) {
        fractures = new ArrayList<>();
      }
      if (index < 0) {
        fractures.add(merged);
      } else {
        fractures.set(index, merged);
      }
    }
    return kase.withReports(fractures, imaging(kase.imaging(), reports), facts);
  }

  /** Every report's facts by level and key, in the order the reports came. */
  private static Map<VertebralLevel, Map<FactKey, List<Said>>> gather(List<ReadReport> reports) {
    Map<VertebralLevel, Map<FactKey, List<Said>>> levels = new LinkedHashMap<>();
    for (ReadReport report : reports) {
      // CT, radiographs and bone scans cannot show marrow edema: their silence or "no edema" is not its absence.
      String modality = report.reading().modality();
      boolean blindToEdema = modality != null && !"MR".equals(modality);
      for (LevelReading reading : report.reading().levels()) {
        for (Fact fact : reading.facts().values()) {
          if (fact.key() == FactKey.EDEMA && "false".equals(fact.value()) && blindToEdema) {
            continue;
          }
          String sentence = fact.evidence().isEmpty() ? null : fact.evidence().get(0).sentence().strip();
          levels.computeIfAbsent(reading.level(), l -> new EnumMap<>(FactKey.class))
              .computeIfAbsent(fact.key(), k -> new ArrayList<>()).add(new Said(fact.value(), report, sentence));
        }
      }
    }
    return levels;
  }

  private static int indexOf(List<Fracture> fractures, VertebralLevel level) {
    if (fractures == null) {
      return -1;
    }
    for (int i = 0; i < fractures.size(); i++) {
      if (fractures.get(i).level() == level) {
        return i;
      }
    }
    return -1;
  }

  /** The imaging a report documents, beside what the record lists: its modality, on its date. */
  private static List<ImagingStudy> imaging(List<ImagingStudy> recorded, List<ReadReport> reports) {
    List<ImagingStudy> imaging = new ArrayList<>(recorded);
    for (ReadReport report : reports) {
      String named = report.reading().modality();
      Modality modality = named == null ? null : MODALITIES.get(named);
      if (modality != null && report.reading().levels().stream().anyMatch(l -> !l.facts().isEmpty())) {
        ImagingStudy study = new ImagingStudy(modality, report.date());
        boolean known = imaging.stream().anyMatch(s -> s.modality() == modality
            && (s.date() == null || s.date().equals(report.date())));
        if (!known) {
          imaging.add(study);
        }
      }
    }
    return imaging;
  }

  /** The facts of one level merged into the record's fracture there (or a new one). */
  private static final class LevelMerge {
    private final VertebralLevel level;
    private final Map<FactKey, List<Said>> said;
    private final List<ReportedFact> out;

    LevelMerge(VertebralLevel level, Map<FactKey, List<Said>> said, List<ReportedFact> out) {
      this.level = level;
      this.said = said;
      this.out = out;
    }

    /** The fracture at this level after the reports, or {@code null} when there is none to speak of. */
    Fracture merge(Fracture recorded) {
      Fracture fracture = recorded;
      if (recorded == null) {
        String stated = resolve(FactKey.FRACTURE, "fracture", null, v -> v);
        if (!"true".equals(stated)) {
          return null;
        }
        fracture = new Fracture(level, null, null, null, null, null, null);
      } else {
        for (Said s : said.getOrDefault(FactKey.FRACTURE, List.of())) {
          if ("false".equals(s.value())) {
            conflict("fracture", s, "the record lists a fracture at " + level);
          }
        }
      }
      Etiology cause = fracture.etiology() == Etiology.UNKNOWN ? null : fracture.etiology();
      Etiology etiology = resolve(FactKey.ETIOLOGY, "etiology", cause, CAUSES::get);
      Boolean edema = resolve(FactKey.EDEMA, "edema", fracture.edema(), Boolean::valueOf);
      Double heightLoss = resolve(FactKey.HEIGHT_LOSS_PERCENT, "heightLossPercent", fracture.heightLossPercent(),
          Double::valueOf);
      Boolean retropulsion = resolve(FactKey.RETROPULSION, "retropulsion", fracture.retropulsion(), Boolean::valueOf);
      if (etiology != Etiology.MALIGNANCY && etiology != Etiology.HEMANGIOMA) {
        // A canal compromised at a level of no known tumour is not the tumour's (bone is retropulsion); a canal
        // not compromised at all is not compromised by tumour either.
        said.computeIfPresent(FactKey.CANAL_COMPROMISE, (k, all) -> all.stream().filter(s -> "false".equals(s.value()))
            .toList());
      }
      Boolean canal = resolve(FactKey.CANAL_COMPROMISE, "canalCompromiseByTumor", fracture.canalCompromiseByTumor(),
          Boolean::valueOf);
      // The facts of version 2 that no report sentence fills are kept as the record gave them.
      return new Fracture(level, etiology, heightLoss, edema, retropulsion, canal, fracture.painGenerator(),
          fracture.posteriorWallInvolved(), fracture.epiduralExtension(), fracture.kyphoticDeformity(),
          fracture.heightLossProgression(), fracture.boneScanUptake(), fracture.sins(), fracture.bilskyGrade());
    }

    /**
     * The value of one fact: the record's when it has one (each report that disagrees named), else
     * the reports' when they agree, else unknown (a hedge or a disagreement named).
     */
    private <T> T resolve(FactKey key, String field, T recorded, Function<String, T> parse) {
      List<Said> all = said.getOrDefault(key, List.of());
      List<Said> definite = all.stream().filter(s -> !s.uncertain()).toList();
      if (recorded != null) {
        for (Said s : definite) {
          if (!same(recorded, parse.apply(s.value()))) {
            conflict(field, s, "the record says " + recordedWords(recorded));
          }
        }
        return recorded;
      }
      if (definite.isEmpty()) {
        if (!all.isEmpty()) {
          Said hedge = all.get(0);
          out.add(new ReportedFact(level, field, hedge.value(), hedge.report().describe(), hedge.sentence(),
              Use.UNCERTAIN, null));
        }
        return null;
      }
      Said first = definite.get(0);
      T value = parse.apply(first.value());
      for (Said s : definite.subList(1, definite.size())) {
        if (!same(value, parse.apply(s.value()))) {
          conflict(field, first, s.describe());
          return null;
        }
      }
      out.add(new ReportedFact(level, field, first.value(), first.report().describe(), first.sentence(), Use.FILLED,
          null));
      return value;
    }

    private void conflict(String field, Said said, String other) {
      out.add(new ReportedFact(level, field, said.value(), said.report().describe(), said.sentence(), Use.CONFLICT,
          other));
    }

    private static boolean same(Object a, Object b) {
      if (a instanceof Double x && b instanceof Double y) {
        return Double.compare(x, y) == 0;
      }
      return Objects.equals(a, b);
    }

    private static String recordedWords(Object value) {
      if (value instanceof Boolean b) {
        return b ? "present" : "absent";
      }
      if (value instanceof Double d) {
        return (d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString()) + "%";
      }
      return value.toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
