package org.vapath.core.json;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.json.internal.FieldReader;
import org.vapath.core.knowledge.BilskyScale;
import org.vapath.core.knowledge.ClearanceFormula;
import org.vapath.core.knowledge.CoveragePolicy;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.VertebralLevel;

/** Reads the knowledge pack's scales (SINS, Bilsky), its payer coverage policy and its clearance formula. */
final class ScalesJson {
  private ScalesJson() {
  }

  static SinsScale sins(FieldReader scales) {
    FieldReader sins = scales.object("sins");
    if (sins == null) {
      throw scales.error("sins", "is required");
    }
    FieldReader components = sins.object("points").allowOnly(Set.copyOf(SinsScale.COMPONENTS));
    Map<String, Set<Integer>> points = new LinkedHashMap<>();
    for (String component : SinsScale.COMPONENTS) {
      points.put(component, integers(components, component));
    }
    return new SinsScale(points, sins.integer("maxTotal", 1, 100), sins.requiredText("source"));
  }

  static BilskyScale bilsky(FieldReader scales) {
    FieldReader bilsky = scales.object("bilsky");
    if (bilsky == null) {
      throw scales.error("bilsky", "is required");
    }
    Set<BilskyGrade> high = EnumSet.noneOf(BilskyGrade.class);
    for (String name : bilsky.texts("highGrade")) {
      BilskyGrade grade = grade(name);
      if (grade == null) {
        throw bilsky.error("highGrade", "lists " + name + ", which is not a Bilsky grade");
      }
      high.add(grade);
    }
    return new BilskyScale(high, bilsky.requiredText("source"));
  }

  static CoveragePolicy coverage(FieldReader coverage) {
    Map<String, VertebralLevel> levels = Vocabulary.exact(VertebralLevel.class);
    VertebralLevel first = levels.get(coverage.requiredText("firstLevel"));
    VertebralLevel last = levels.get(coverage.requiredText("lastLevel"));
    if (first == null || last == null) {
      throw coverage.error(first == null ? "firstLevel" : "lastLevel", "is not a vertebral level");
    }
    return new CoveragePolicy(coverage.requiredText("policy"), first, last, coverage.requiredText("source"),
        Boolean.TRUE.equals(coverage.bool("confirm")));
  }

  static ClearanceFormula clearance(FieldReader formula) {
    return new ClearanceFormula(formula.requiredText("formula"), formula.requiredNumber("ageFrom", 1, 1000),
        formula.requiredNumber("divisor", 1e-6, 1e6), formula.requiredNumber("femaleFactor", 1e-6, 1),
        formula.requiredText("source"), formula.requiredText("text"));
  }

  /** The grade a case or pack names ({@code 1a}), or {@code null}. */
  static BilskyGrade grade(String wire) {
    for (BilskyGrade grade : BilskyGrade.values()) {
      if (grade.wire().equals(wire)) {
        return grade;
      }
    }
    return null;
  }

  private static Set<Integer> integers(FieldReader object, String name) {
    List<Double> numbers = object.numbers(name);
    if (numbers == null || numbers.isEmpty()) {
      throw object.error(name, "is required: the points this component may take");
    }
    Set<Integer> values = new LinkedHashSet<>();
    for (double value : numbers) {
      if (value != Math.rint(value) || value < 0) {
        throw object.error(name, "must list whole points of 0 or more");
      }
      values.add((int) value);
    }
    return values;
  }
}
