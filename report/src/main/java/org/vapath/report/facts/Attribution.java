package org.vapath.report.facts;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.model.VertebralLevel;
import org.vapath.report.Evidence;
import org.vapath.report.FactKey;
import org.vapath.report.context.AnalyzedSentence;
import org.vapath.report.lexicon.Vocabulary;
import org.vapath.report.text.Section;

/**
 * Gives each fact of a sentence its levels. In order: a fact in brackets belongs to the level
 * just before the bracket; a fact before a colon with no level ("Pathologic fractures in
 * myeloma: ...") to every level after it; an acuity, height or grade to the fracture it
 * describes; any other fact to the nearest list of levels in its clause. A sentence with no level
 * speaks of the line's last levels ("No retropulsion." after "fracture of L1"); a negation with no
 * level anywhere is whole-study, unless limited ("other", "elsewhere"). One instance reads one
 * report: it remembers the last list of levels for "the former" and "the latter".
 */
public final class Attribution {
  private List<VertebralLevel> lastList = List.of();
  private final Set<VertebralLevel> fractured = new LinkedHashSet<>();
  private List<VertebralLevel> lastFractured = List.of();

  /** What one sentence's facts became: observations at levels, and level-less facts of a heading. */
  public record Result(List<Observation> observations, List<Candidate> headingFacts) {
  }

  public Result attribute(AnalyzedSentence s, List<Candidate> candidates, LineState line, Section section) {
    SentencePlaces places = new SentencePlaces(s, candidates, new Discourse(lastList, line.focus(), fractured,
        lastFractured));
    List<Observation> observations = new ArrayList<>();
    List<Candidate> heading = new ArrayList<>();
    Map<Candidate, List<VertebralLevel>> placed = new IdentityHashMap<>();
    for (Candidate c : candidates) {
      placed.put(c, levels(s, places, c, line));
    }
    Respectively.apply(s, candidates, placed);
    List<VertebralLevel> fracturedHere = List.of();
    for (Candidate c : candidates) {
      List<VertebralLevel> levels = placed.get(c);
      Observation.Strength strength = section == Section.HISTORY ? Observation.Strength.HISTORY
          : c.weak() ? Observation.Strength.WEAK : Observation.Strength.STATED;
      if (levels == null) {
        if (c.isNegation() && wholeStudy(s, line, section)) {
          observations.add(observation(s, null, c, Observation.Strength.WHOLE_STUDY, "whole-study negation, "));
        } else if (line.heading()) {
          heading.add(c);
        }
        continue;
      }
      for (VertebralLevel level : levels) {
        observations.add(observation(s, level, c, strength, ""));
      }
      if (c.key() == FactKey.FRACTURE && !c.isNegation() && !levels.isEmpty()) {
        fractured.addAll(levels);
        lastFractured = levels;
        fracturedHere = levels;
      }
    }
    List<VertebralLevel> last = places.allVertebralLevels().isEmpty() ? fracturedHere : places.focusLevels();
    if (!last.isEmpty()) {
      line.focusOn(last);
    }
    places.lastList().ifPresent(list -> lastList = list);
    return new Result(observations, heading);
  }

  /** The levels of a fact, an empty list when it belongs to a place that is not a vertebra,
      null when the sentence names none. */
  private List<VertebralLevel> levels(AnalyzedSentence s, SentencePlaces places, Candidate c, LineState line) {
    List<VertebralLevel> afterColon = places.afterColon(c);
    if (afterColon != null) {
      return afterColon;
    }
    int group = places.locate(c, true);
    if (group >= 0) {
      return places.levels(group, c);
    }
    if (s.has(Vocabulary.SCOPE_THESE_LEVELS)) {
      Set<VertebralLevel> these = new LinkedHashSet<>(line.named());
      these.addAll(places.allVertebralLevels());
      if (!these.isEmpty()) {
        return List.copyOf(these);
      }
    }
    if (s.has(Vocabulary.SCOPE_WHOLE_STUDY) || line.subject() == LineState.Subject.NON_VERTEBRAL
        || line.subject() == LineState.Subject.LIMITED) {
      return c.isNegation() && s.has(Vocabulary.SCOPE_WHOLE_STUDY) ? null : List.of();
    }
    List<VertebralLevel> focus = places.lastVertebralLevels(c.from());
    if (focus.isEmpty()) {
      focus = line.focus();
    }
    if (refersToTheFracture(s) && !lastFractured.isEmpty() && !fractured.containsAll(focus)) {
      focus = lastFractured; // "L1 fracture. L3 hemangioma. The fracture has 30% height loss."
    }
    if (focus.isEmpty()) {
      return null;
    }
    return c.isNegation() && s.has(Vocabulary.SCOPE_LIMITER) ? List.of() : focus;
  }

  private static boolean wholeStudy(AnalyzedSentence s, LineState line, Section section) {
    return section != Section.HISTORY && (s.has(Vocabulary.SCOPE_WHOLE_STUDY) || !s.has(Vocabulary.SCOPE_LIMITER)
        && line.subject() == LineState.Subject.NONE);
  }

  /** The facts of a heading ("Acute traumatic fractures:") at the levels of a list item under it. */
  public static List<Observation> underHeading(AnalyzedSentence heading, List<Candidate> facts,
      List<VertebralLevel> levels,
      Section section) {
    Observation.Strength strength = section == Section.HISTORY ? Observation.Strength.HISTORY
        : Observation.Strength.STATED;
    List<Observation> observations = new ArrayList<>();
    for (Candidate c : facts) {
      for (VertebralLevel level : levels) {
        observations.add(observation(heading, level, c, strength, "heading of the list, "));
      }
    }
    return observations;
  }

  /** "The fracture shows ...", "this fracture": a sentence with no level that speaks of the last fractured level. */
  private static boolean refersToTheFracture(AnalyzedSentence s) {
    for (org.vapath.report.context.Match m : s.matches()) {
      if (m.in(Vocabulary.FRACTURE) && m.from() > 0) {
        String before = s.tokens().get(m.from() - 1).text();
        if ("the".equals(before) || "this".equals(before)) {
          return true;
        }
      }
    }
    return false;
  }


  static boolean isDependent(FactKey key) {
    return key == FactKey.ACUITY || key == FactKey.HEIGHT_LOSS_PERCENT || key == FactKey.GENANT_GRADE;
  }

  private static Observation observation(AnalyzedSentence s, VertebralLevel level, Candidate c,
      Observation.Strength strength,
      String prefix) {
    Evidence evidence = new Evidence(s.sentence().text(), s.sentence().start(), s.sentence().end(), c.term(),
        prefix + c.how());
    return new Observation(level, c.key(), c.value(), strength, evidence);
  }

}
