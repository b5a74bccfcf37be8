package org.vapath.report;

import java.util.ArrayList;
import java.util.List;
import org.vapath.core.InputError;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.context.SentenceAnalyzer;
import org.vapath.report.facts.FactFinder;
import org.vapath.report.facts.LineLabels;
import org.vapath.report.facts.Observation;
import org.vapath.report.facts.ReadLine;
import org.vapath.report.facts.ReportWalk;
import org.vapath.report.facts.Resolver;
import org.vapath.report.lexicon.Lexicon;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Layout;
import org.vapath.report.text.Line;
import org.vapath.report.text.Sentence;
import org.vapath.report.text.SentenceSplitter;

/**
 * Reads a spine imaging report's plain text into per-level facts, each with the sentences it was
 * read from. Deterministic and thread-safe: the same text and lexicon always give the same reading.
 */
public final class ReportReader {
  /** The longest report read, in characters: far above any radiology report, well below a memory problem. */
  public static final int MAX_CHARS = 200_000;

  private final Lexicon lexicon;
  private final Layout layout;
  private final SentenceAnalyzer analyzer;
  private final FactFinder finder;
  private final LineLabels labels;
  private final ReportFacts reportFacts;

  public ReportReader(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.layout = new Layout(lexicon);
    this.analyzer = new SentenceAnalyzer(lexicon);
    this.finder = new FactFinder(lexicon);
    this.labels = new LineLabels(analyzer);
    this.reportFacts = new ReportFacts(lexicon);
  }

  /** A reader with the lexicon shipped with VAPath. */
  public static ReportReader withEmbeddedLexicon() {
    return new ReportReader(Lexicon.embedded());
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Reads one report; refuses text that is empty, too long or not plain text with {@link InputError}. */
  public ReportReading read(String report) {
    check(report);
    List<Line> lines = layout.lines(report);
    List<ReadLine> read = new ArrayList<>();
    boolean cancerKnown = false;
    for (Line line : lines) {
      ReadLine readLine = readLine(report, line);
      read.add(readLine);
      cancerKnown |= readLine.sentences().stream().anyMatch(s -> s.has(Vocabulary.CANCER_CONTEXT));
    }
    String modality = reportFacts.modality(report, lines);
    List<Observation> observations = new ReportWalk(finder, cancerKnown).observations(read);
    return new ReportReading(modality, Resolver.resolve(observations, modality), lexicon.version(),
        lexicon.additions());
  }




  private ReadLine readLine(String report, Line line) {
    if (line.isBlank() || !line.section().isRead()) {
      return new ReadLine(line, null, List.of());
    }
    LineLabels.Label label = labels.of(report, line);
    List<AnalyzedSentence> sentences = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.split(report, label.contentStart(), line.end())) {
      sentences.add(analyzer.analyze(sentence));
    }
    return new ReadLine(line, label, sentences);
  }




  private static void check(String report) {
    if (report == null || report.isBlank()) {
      throw new InputError("report", null, "the report is empty");
    }
    if (report.length() > MAX_CHARS) {
      throw new InputError("report", report.length() + " characters", "is longer than " + MAX_CHARS + " characters");
    }
    for (int i = 0; i < report.length(); i++) {
      char c = report.charAt(i);
      if (c == 0 || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        throw new InputError("report", String.format("control character U+%04X at character %d", (int) c, i),
            "is not plain text (binary data?)");
      }
    }
  }
}
