package org.vapath.report;

/** The per-level facts the reader reports, by their key in the corpus annotation format. */
public enum FactKey {
  FRACTURE("fracture", Kind.TRUTH),
  ACUITY("acuity", Kind.WORD),
  EDEMA("edema", Kind.TRUTH),
  HEIGHT_LOSS_PERCENT("heightLossPercent", Kind.NUMBER),
  GENANT_GRADE("genantGrade", Kind.NUMBER),
  RETROPULSION("retropulsion", Kind.TRUTH),
  CANAL_COMPROMISE("canalCompromise", Kind.TRUTH),
  POSTERIOR_WALL_INVOLVED("posteriorWallInvolved", Kind.TRUTH),
  ETIOLOGY("etiology", Kind.WORD),
  CEMENT_PRESENT("cementPresent", Kind.TRUTH);

  /** How a key's value is written in JSON. */
  public enum Kind {
    /** {@code true}, {@code false} or {@code "uncertain"}. */
    TRUTH,
    /** A word: an acuity or an etiology. */
    WORD,
    /** A whole number. */
    NUMBER
  }

  private final String jsonName;
  private final Kind kind;

  FactKey(String jsonName, Kind kind) {
    this.jsonName = jsonName;
    this.kind = kind;
  }

  public String jsonName() {
    return jsonName;
  }

  public Kind kind() {
    return kind;
  }
}
