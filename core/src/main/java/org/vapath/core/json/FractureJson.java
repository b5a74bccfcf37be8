package org.vapath.core.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vapath.core.model.Etiology;
import org.vapath.core.model.Fracture;
import org.vapath.core.model.VertebralLevel;

/** Reads the fractures of a case; a level may be listed once. */
final class FractureJson {
  private static final Set<String> FIELDS = Set.of("level", "etiology", "heightLossPercent", "edema",
      "retropulsion", "canalCompromiseByTumor", "painGenerator");
  private static final Map<String, VertebralLevel> LEVELS = Vocabulary.exact(VertebralLevel.class);
  private static final Map<String, Etiology> ETIOLOGIES = Vocabulary.lowerCase(Etiology.class);

  private FractureJson() {
  }

  static List<Fracture> read(JsonCursor in) throws IOException {
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

  private static Fracture fracture(JsonCursor in, Set<VertebralLevel> seen) throws IOException {
    VertebralLevel level = null;
    Etiology etiology = null;
    Double heightLoss = null;
    Boolean edema = null;
    Boolean retropulsion = null;
    Boolean canal = null;
    Boolean painGenerator = null;
    while (in.nextField()) {
      switch (in.field()) {
        case "level" -> level = level(in, seen);
        case "etiology" -> etiology = in.oneOf(ETIOLOGIES);
        case "heightLossPercent" -> heightLoss = in.number(0, 100);
        case "edema" -> edema = in.bool();
        case "retropulsion" -> retropulsion = in.bool();
        case "canalCompromiseByTumor" -> canal = in.bool();
        case "painGenerator" -> painGenerator = in.bool();
        default -> throw in.unknownField(FIELDS);
      }
    }
    return new Fracture(level, etiology, heightLoss, edema, retropulsion, canal, painGenerator);
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
