package org.vapath.core.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.knowledge.SinsScale;
import org.vapath.core.model.BilskyGrade;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.Sins;
import org.vapath.core.model.VertebralLevel;

/** Reads the fractures of a case; a level may be listed once; a SINS is read against the pack's scale. */
final class FractureJson {
  private static final Set<String> FIELDS = Set.of("level", "etiology", "heightLossPercent", "edema",
      "retropulsion", "canalCompromiseByTumor", "painGenerator", "posteriorWallInvolved", "epiduralExtension",
      "kyphoticDeformity", "heightLossProgression", "boneScanUptake", "sins", "bilskyGrade");
  private static final Map<String, VertebralLevel> LEVELS = Vocabulary.exact(VertebralLevel.class);
  private static final Map<String, Etiology> ETIOLOGIES = Vocabulary.lowerCase(Etiology.class);
  private static final Map<String, BilskyGrade> GRADES = grades();

  private final SinsScale scale;

  FractureJson(SinsScale scale) {
    this.scale = scale;
  }

  List<Fracture> read(JsonCursor in) throws IOException {
    if (!in.array()) {
      return null;
    }
    List<Fracture> fractures = new ArrayList<>(2);
    Set<VertebralLevel> seen = EnumSet.noneOf(VertebralLevel.class);
    while (in.nextItem()) {
      if (!in.object()) {
        throw in.refuse("must be an object");
      }
      fractures.add(fracture(in, seen));
    }
    return fractures;
  }

  private Fracture fracture(JsonCursor in, Set<VertebralLevel> seen) throws IOException {
    Draft f = new Draft();
    while (in.nextField()) {
      switch (in.field()) {
        case "level" -> f.level = level(in, seen);
        case "etiology" -> f.etiology = in.oneOf(ETIOLOGIES);
        case "heightLossPercent" -> f.heightLoss = in.number(0, 100);
        case "edema" -> f.edema = in.bool();
        case "retropulsion" -> f.retropulsion = in.bool();
        case "canalCompromiseByTumor" -> f.canal = in.bool();
        case "painGenerator" -> f.painGenerator = in.bool();
        case "posteriorWallInvolved" -> f.posteriorWall = in.bool();
        case "epiduralExtension" -> f.epidural = in.bool();
        case "kyphoticDeformity" -> f.kyphotic = in.bool();
        case "heightLossProgression" -> f.progression = in.bool();
        case "boneScanUptake" -> f.uptake = in.bool();
        case "sins" -> f.sins = sins(in);
        case "bilskyGrade" -> f.bilsky = in.oneOf(GRADES);
        default -> throw in.unknownField(FIELDS);
      }
    }
    return new Fracture(f.level, f.etiology, f.heightLoss, f.edema, f.retropulsion, f.canal, f.painGenerator,
        f.posteriorWall, f.epidural, f.kyphotic, f.progression, f.uptake, f.sins, f.bilsky);
  }

  /** A SINS as its total or its components, each component one of the points the scale gives it. */
  private Sins sins(JsonCursor in) throws IOException {
    if (!in.object()) {
      return null;
    }
    Integer total = null;
    Map<String, Integer> parts = new HashMap<>();
    while (in.nextField()) {
      String name = in.field();
      if (name.equals("total")) {
        total = in.integer(0, scale.maxTotal());
      } else if (SinsScale.COMPONENTS.contains(name)) {
        Integer points = in.integer(0, scale.maxTotal());
        if (points != null && !scale.points(name).contains(points)) {
          throw in.refuse("is not a number of points of the SINS " + name + " component: one of "
              + scale.points(name).stream().sorted().map(String::valueOf).toList());
        }
        parts.put(name, points);
      } else {
        Set<String> known = new HashSet<>(SinsScale.COMPONENTS);
        known.add("total");
        throw in.unknownField(known);
      }
    }
    return new Sins(total, parts.get("location"), parts.get("pain"), parts.get("boneLesion"), parts.get("alignment"),
        parts.get("collapse"), parts.get("posterolateral"));
  }

  private static Map<String, BilskyGrade> grades() {
    Map<String, BilskyGrade> grades = new HashMap<>();
    for (BilskyGrade grade : BilskyGrade.values()) {
      grades.put(grade.wire(), grade);
    }
    return Map.copyOf(grades);
  }

  /** A fracture's fields as they are read, in whatever order the document gives them. */
  private static final class Draft {
    VertebralLevel level;
    Etiology etiology;
    Double heightLoss;
    Boolean edema;
    Boolean retropulsion;
    Boolean canal;
    Boolean painGenerator;
    Boolean posteriorWall;
    Boolean epidural;
    Boolean kyphotic;
    Boolean progression;
    Boolean uptake;
    Sins sins;
    BilskyGrade bilsky;
  }

  private static VertebralLevel level(JsonCursor in, Set<VertebralLevel> seen) throws IOException {
    String text = in.text();
    if (text == null) {
      return null;
    }
    VertebralLevel level = LEVELS.get(text);
    if (level == null) {
      throw in.refuse("is not a vertebral level: C1-C7, T1-T12, L1-L5 or S1-S5");
    }
    if (!seen.add(level)) {
      throw in.refuse("is listed twice; describe each level once");
    }
    return level;
  }
}
